# repr of nested and recursive containers and of user objects inside them
class U:
    def __repr__(self):
        return "U<>"
print([U(), (U(),), {U(): 1} if False else {"k": U()}, {1: [U()]}], (U(), [U()]), [[[]]], [(), ((),)], [set(), frozenset()])
a = [1]
a.append(a)
b = {"self": None}
b["self"] = b
c = [a, b]
print(a, b, c, [a, a])
t = ([],)
t[0].append(t)
print(t)
d = {}
d[1] = [d]
print(d, repr([{}]), repr([[1, 2], [3]]), str((1,)), str([None, True, "s", b"b", 1.5, 2j]))
class Rec:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"Rec({self.me is self})"
print([Rec()], {"r": Rec()})
