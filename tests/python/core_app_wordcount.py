# word frequency with dict/sorted/str methods
text = """The quick brown fox jumps over the lazy dog. The dog barks; the fox runs!
A quick reply: "Foxes are quick, dogs are lazy." Isn't it?"""
words = [w.strip('.,;:!?"').lower() for w in text.split()]
words = [w for w in words if w]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(len(words), len(counts), max(counts, key=counts.get), min(len(w) for w in words), max(words, key=len))
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, by_len[n])
print(" ".join(w.capitalize() for w in words[:5]), sum(map(len, words)), "".join(sorted(set("".join(words)))))
lines = text.splitlines()
print([len(l) for l in lines], [l.count("the") for l in lines], lines[1].partition(":")[2].strip()[:10])
print("{:<8}|{:>5}".format("word", "n"))
for w, n in top[:3]:
    print("{:<8}|{:>5}".format(w, n))
