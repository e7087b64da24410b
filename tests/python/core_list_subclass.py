# list subclasses: extra methods, overridden append, slicing type, equality
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), s.pop(), len(s), type(s).__name__, type(s[1:]).__name__, type(s + [9]).__name__, s == [1, 2, 3])
class Logged(list):
    def append(self, v):
        print("append", v)
        super().append(v)
l = Logged()
l.append(1)
l.extend([2, 3])
l += [4]
print(l, isinstance(l, list), sorted(l, reverse=True), list(reversed(l)), l * 2)
class Uniq(list):
    def __init__(self, items=()):
        super().__init__()
        for i in items:
            if i not in self:
                super().append(i)
print(Uniq([3, 1, 3, 2, 1]), Uniq("banana"), Uniq())
class Sorted(list):
    def __repr__(self):
        return "Sorted(" + super().__repr__() + ")"
print(Sorted([3, 1]), str(Sorted([2])), [Sorted([1])])
