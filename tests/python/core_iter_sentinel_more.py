# iter(callable, sentinel) with various callables and sentinels
data = iter([3, 2, 1, 0, 5, 6])
print(list(iter(lambda: next(data), 0)), list(data))
lines = iter(["first", "second", "", "after"])
print(list(iter(lambda: next(lines), "")))
class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else b""
r = Reader([b"ab", b"cd", b"e"])
print(list(iter(r.read, b"")), b"".join(iter(Reader([b"x", b"y"]).read, b"")))
n = [0]
def counter():
    n[0] += 1
    return n[0]
it = iter(counter, 4)
print(type(it).__name__, next(it), next(it), next(it), next(it, "done"), next(it, "still done"))
print(list(iter(counter, 10)), n)
class EqAll:
    def __eq__(self, o):
        return True
print(list(iter(counter, EqAll())))
def raises():
    raise ValueError("inside callable")
try:
    list(iter(raises, None))
except ValueError as e:
    print("ValueError", e)
for bad in [(1, 2), ("abc", "c"), (None, None)]:
    try:
        iter(*bad)
    except TypeError as e:
        print("TypeError", e)
