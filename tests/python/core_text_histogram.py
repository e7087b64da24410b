# character histogram rendered with str methods and sorting
text = "the quick brown fox jumps over the lazy dog and keeps running far away"
counts = {}
for ch in text:
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(counts.values())
for ch, n in top[:8]:
    print(f"{ch} {'#' * n:<{width}} {n:>2} {n / len(text):6.2%}")
print(len(counts), sorted(set("abcdefghijklmnopqrstuvwxyz") - set(counts)), "".join(ch for ch, _ in top))
vowels = sum(counts.get(v, 0) for v in "aeiou")
print(vowels, sum(counts.values()) - vowels, round(vowels / sum(counts.values()), 3), max(counts, key=counts.get))
