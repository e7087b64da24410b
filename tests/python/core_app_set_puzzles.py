# set-based puzzles: common elements, unique letters, pangrams, subsets
sentences = ["The quick brown fox jumps over the lazy dog", "Hello world", "Pack my box with five dozen liquor jugs", "abc"]
alphabet = set("abcdefghijklmnopqrstuvwxyz")
for s in sentences:
    letters = set(s.lower()) & alphabet
    print(f"{s[:20]:<20} pangram={letters >= alphabet} missing={''.join(sorted(alphabet - letters))[:10]} unique={len(letters)}")
lists = [[1, 2, 3, 4], [2, 3, 4, 5], [3, 4, 5, 6]]
common = set(lists[0]).intersection(*lists[1:])
anywhere = set().union(*lists)
print(sorted(common), sorted(anywhere), sorted(anywhere - common), [sorted(set(l) - common) for l in lists])
words = ["stop", "pots", "tops", "spot", "post", "opts", "top", "pot"]
print([sorted(f) for f in sorted({frozenset(w) for w in words}, key=len)], len({"".join(sorted(w)) for w in words}), sorted(set(words) - {"top", "pot"}))
print({n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))} == set([2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]))
