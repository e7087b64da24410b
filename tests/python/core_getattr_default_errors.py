# getattr default only swallows AttributeError; hasattr likewise
class Raises:
    @property
    def bad(self):
        raise ValueError("property failed")
    @property
    def missing(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        raise AttributeError(name)
r = Raises()
print(getattr(r, "missing", "default"), hasattr(r, "missing"), getattr(r, "dyn"), getattr(r, "other", None), hasattr(r, "other"))
for f in (lambda: getattr(r, "bad", "default"), lambda: hasattr(r, "bad"), lambda: r.bad):
    try:
        print(f())
    except ValueError as e:
        print("ValueError", e)
print(getattr(1, "real", "d"), getattr(1, "nope", "d"), getattr(None, "x", 0), getattr(str, "upper", None) is str.upper)
try:
    getattr(r, "missing")
except AttributeError as e:
    print("AttributeError", e)
