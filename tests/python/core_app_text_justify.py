# full justification of paragraphs with divmod-distributed spaces
text = "It is a truth universally acknowledged that a single man in possession of a good fortune must be in want of a wife."
def justify(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    out = []
    for line in lines:
        gaps = len(line) - 1
        if gaps == 0:
            out.append(line[0].ljust(width))
            continue
        q, r = divmod(width - sum(map(len, line)), gaps)
        out.append("".join(w + " " * (q + (i < r)) for i, w in enumerate(line[:-1])) + line[-1])
    out.append(" ".join(cur).ljust(width))
    return out
for width in (20, 31):
    for l in justify(text.split(), width):
        print(f"|{l}|", len(l))
