# exception notes (3.11) in caught and uncaught exceptions
def check(v):
    if v < 0:
        e = ValueError(f"negative: {v}")
        e.add_note("values must be >= 0")
        raise e
    return v
for v in (1, -2):
    try:
        print(check(v))
    except ValueError as ex:
        print(type(ex).__name__, ex, ex.__notes__)
err = KeyError("k")
err.add_note("first")
err.add_note("second line\nwith newline")
print(err.__notes__, len(err.__notes__))
try:
    err.add_note(b"bytes")
except TypeError as ex:
    print("TypeError", ex)
class E(Exception):
    pass
x = E("custom")
x.__notes__ = ["preset"]
x.add_note("appended")
print(x.__notes__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise
except ZeroDivisionError as z2:
    print(z2.__notes__)
final = RuntimeError("fatal")
final.add_note("context: shutting down")
raise final
