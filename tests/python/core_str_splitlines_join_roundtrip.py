# splitlines(keepends=True) reassembles exactly; without keepends joining with \n normalises
texts = ["a\nb\nc", "a\r\nb\rc\n", "\n\n", "no newline", "", "x\x0by\x0cz\x1c", "tail\n", "\r\n\r\n"]
for t in texts:
    parts = t.splitlines(True)
    print(repr(t), parts, "".join(parts) == t, "\n".join(t.splitlines()), len(t.splitlines()), t.count("\n"))
lines = ["first", "second", "", "fourth"]
doc = "\n".join(lines) + "\n"
print(repr(doc), doc.splitlines() == lines, doc.split("\n"), doc.rstrip("\n").split("\n") == lines)
