# iterator protocol errors
class BadIter:
    def __iter__(self):
        return 42
class NoNext:
    def __iter__(self):
        return self
class RaisesInNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken next")
class RaisesInIter:
    def __iter__(self):
        raise RuntimeError("broken iter")
for obj in (BadIter(), NoNext(), RaisesInNext(), RaisesInIter(), 5, None):
    for f in (iter, list, tuple, sorted, sum, lambda o: [x for x in o]):
        try:
            f(obj)
        except Exception as e:
            print(type(obj).__name__, type(e).__name__, e)
            break
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
try:
    print(*5)
except TypeError as e:
    print("TypeError", e)
try:
    dict(5)
except TypeError as e:
    print("TypeError", e)
