# a small tokenizer using str predicates and slicing
src = "x1 = 42 + foo(3.5, 'str') * -7 // y_2 ** 2  # comment"
def tokens(s):
    i, out = 0, []
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c == "#":
            break
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            out.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(s) and (s[j].isalnum() or s[j] == "_"):
                j += 1
            out.append(("NAME", s[i:j]))
            i = j
        elif c in "'\"":
            j = s.index(c, i + 1)
            out.append(("STR", s[i + 1:j]))
            i = j + 1
        else:
            two = s[i:i + 2]
            if two in ("**", "//", "==", "<=", ">="):
                out.append(("OP", two))
                i += 2
            else:
                out.append(("OP", c))
                i += 1
    return out
toks = tokens(src)
for t in toks:
    print(t)
print(len(toks), [v for k, v in toks if k == "NAME"], sum(v for k, v in toks if k == "NUM"))
try:
    tokens("'unterminated")
except ValueError as e:
    print("ValueError", e)
