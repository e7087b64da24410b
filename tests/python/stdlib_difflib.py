import difflib
a = "one two three four".split(); b = "one three four five".split()
print(list(difflib.unified_diff(a, b, lineterm="")))
sm = difflib.SequenceMatcher(None, "abcdef", "abdxef")
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print("".join(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"])))
