# bracket matching and RPN evaluation with lists and dicts
pairs = {")": "(", "]": "[", "}": "{"}
def balanced(s):
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]:
    print(repr(s), balanced(s))
def rpn(expr):
    st = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok) if "." in tok else int(tok))
    if len(st) != 1:
        raise ValueError(f"bad expression: {st}")
    return st[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1.5 2 *", "4 2 /", "1 2", "1 +", "1 0 /"]:
    try:
        print(e, "=", rpn(e))
    except (ValueError, IndexError, ZeroDivisionError) as ex:
        print(e, "->", type(ex).__name__, ex)
