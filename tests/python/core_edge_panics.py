def f(): pass
try:
    del f.__dict__
except TypeError as e:
    print("TypeError", e)
def g(x):
    return lambda: x + 1
h = g(3)
try:
    eval(h.__code__)
except TypeError as e:
    print("TypeError", e)
try:
    exec(h.__code__, {})
except TypeError as e:
    print("TypeError", e)
class D:
    aList = list(range(15))
    def __eq__(self, other):
        if other == 12:
            self.aList.remove(12); self.aList.remove(13); self.aList.remove(14)
        return 0
print(D() in D.aList)
