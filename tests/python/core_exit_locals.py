# exit/quit objects and locals() at module level
print(repr(exit), repr(quit), callable(exit), callable(quit), str(exit) == repr(exit))
print(locals() is globals(), sorted(k for k in locals() if k == "__name__"))
x = 5
print(locals()["x"], "x" in locals(), locals().get("undefined", "no"))
locals()["y"] = 7
print(y)
for f, args in [(exit, (3,)), (quit, ()), (exit, ("text",)), (exit, (None,)), (quit, (0,))]:
    try:
        f(*args)
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    locals(1)
except TypeError as e:
    print("TypeError", e)
print("before exit")
exit("goodbye message")
print("never printed")
