# compile() in exec/eval modes, code objects reused, flags and names
c1 = compile("x + y", "<calc>", "eval")
print(eval(c1, {"x": 2, "y": 3}), eval(c1, {"x": "a", "y": "b"}), c1.co_filename, c1.co_name)
c2 = compile("result = [i * i for i in range(n)]\ntotal = sum(result)", "<prog>", "exec")
for n in (3, 5):
    ns = {"n": n}
    exec(c2, ns)
    print(ns["result"], ns["total"])
c3 = compile("def f(a, b=2):\n    return a * b\n", "<defs>", "exec")
ns = {}
exec(c3, ns)
print(ns["f"](3), ns["f"](3, 4), ns["f"].__name__, type(c3).__name__)
print(eval(compile("'%s-%s' % (1, 2)", "<fmt>", "eval")), eval(compile("[1, 2][::-1]", "", "eval")))
for src, mode in [("x = 1", "eval"), ("1 +", "exec"), ("def f(:", "exec"), ("for", "exec"), ("a = (1,", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(repr(src), mode, "SyntaxError", e.msg, e.filename, e.lineno)
try:
    compile(123, "<x>", "exec")
except TypeError as e:
    print("TypeError", e)
print(eval(compile(b"1 + 1", "<bytes>", "eval")), exec(compile("pass", "<p>", "exec")))
