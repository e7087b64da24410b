# String and dict workload: tokenise generated text, count words, build
# strings with join/format/f-strings, and look keys up in dicts.
import sys

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    parts = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        parts.append(WORDS[x % len(WORDS)])
        if x % 7 == 0:
            parts.append("\n")
    return " ".join(parts)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for word in line.split():
            w = word.strip().lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def render(counts):
    rows = []
    for word in sorted(counts):
        rows.append(f"{word:>10}: {counts[word]:6d}")
    return "\n".join(rows)


def index_lookups(counts, rounds):
    keys = list(counts)
    hits = 0
    for r in range(rounds):
        for k in keys:
            if k in counts:
                hits += counts[k] & 1
            key2 = k + str(r % 3)
            if key2 in counts:
                hits -= 1
    return hits


def main(n):
    text = make_text(n)
    counts = count_words(text)
    print(render(counts))
    print(index_lookups(counts, 20000))
    print(len(text), text.count("a"), text.upper()[:30], text.replace("alpha", "A")[:30])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800000)
