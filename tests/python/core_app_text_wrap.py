# manual text wrapping and justification with str methods
text = "Python strings have many methods: split, join, strip, center, ljust, rjust and more. They make formatting easy."
def wrap(s, width):
    lines, cur = [], ""
    for w in s.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = w if not cur else cur + " " + w
    if cur:
        lines.append(cur)
    return lines
for width in (20, 35):
    ls = wrap(text, width)
    print(width, len(ls))
    for l in ls:
        print("|" + l.ljust(width) + "|", "|" + l.rjust(width) + "|", "|" + l.center(width, ".") + "|")
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]
for l in wrap(text, 30):
    print("[" + justify(l, 30) + "]")
print(text.title()[:30], text.swapcase()[:20], text.count("s"), text.find("join"), text.upper().split(":")[0])
