# exec / eval with globals and locals dicts
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("  3  "), eval("len('abc')"))
ns = {}
exec("y = 10\ndef f(n):\n    return n + y\n", ns)
print(ns["y"], ns["f"](5), "__builtins__" in ns)
exec("print('exec prints', 7)")
code = compile("a * 2", "<expr>", "eval")
print(eval(code, {"a": 4}), type(code).__name__, code.co_filename if hasattr(code, "co_filename") else "")
c2 = compile("for i in range(3): total = total + i", "<loop>", "exec")
env = {"total": 0}
exec(c2, env)
print(env["total"])
c3 = compile("z = 1 + 1", "<single>", "single")
exec(c3)
print(eval("[i * i for i in range(4)]"), eval("{'k': v for v in (1,)}" if False else "{'k': 1}"))
for src, mode in [("x = ", "exec"), ("def", "exec"), ("return 1", "exec"), ("1 = 2", "exec"), ("a b", "eval")]:
    try:
        compile(src, "<t>", mode)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
for expr in ["eval('undefined_name')", "eval('1/0')", "eval(1)", "exec('x', 1)", "compile('1', '<t>', 'bogus')", "eval('1', {}, 1)",
             "eval('x = 1')"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
r = {}
exec("import_me = 1\nclass K: pass\n", r)
print(sorted(k for k in r if not k.startswith("__")))
