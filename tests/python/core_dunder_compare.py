# comparison dunders: reflection, NotImplemented fallbacks, identity default for ==
class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("A.__lt__")
        return self.v < o.v if isinstance(o, A) else NotImplemented
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
class B:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        print("B.__gt__")
        return self.v > o.v
print(A(1) < A(2))
print(A(1) < B(2))
print(B(2) > A(1))
x = A(1)
print(x == x, x == A(1), x != A(1))
class Sub(A):
    def __gt__(self, o):
        print("Sub.__gt__")
        return True
print(A(1) < Sub(0))
class Le:
    def __le__(self, o):
        return "le-result"
    def __ge__(self, o):
        return "ge-result"
print(Le() <= 1, 1 >= Le(), Le() >= 2, 3 <= Le())
try:
    Le() < 1
except TypeError as e:
    print("TypeError", e)
