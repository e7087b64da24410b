# infix to postfix (shunting yard) and evaluation with lists as stacks
prec = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
def to_postfix(expr):
    out, st = [], []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").split():
        if tok in prec:
            while st and st[-1] != "(" and (prec[st[-1]] > prec[tok] or prec[st[-1]] == prec[tok] and tok != "^"):
                out.append(st.pop())
            st.append(tok)
        elif tok == "(":
            st.append(tok)
        elif tok == ")":
            while st[-1] != "(":
                out.append(st.pop())
            st.pop()
        else:
            out.append(tok)
    return out + st[::-1]
def evaluate(pf):
    st = []
    for tok in pf:
        if tok in prec:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b, "^": a ** b}[tok])
        else:
            st.append(int(tok))
    return st[0]
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1", "((7))", "8 - 3 - 2", "2 * (3 + 4) ^ 2"]:
    pf = to_postfix(e)
    print(f"{e:<18} {' '.join(pf):<20} {evaluate(pf)}")
