import collections.abc
def f():
    class Seq(collections.abc.Sequence):
        def __getitem__(self, i):
            return i
        def __len__(self):
            return 42
    match Seq():
        case [x, *_, y]:
            z = 0
    print(x, y, z)
    match [1, 2, 3]:
        case [a, _, c]:
            print(a, c)
    match (1, 2, 3, 4):
        case [1, *rest]:
            print(rest)
    match "ab":
        case [a, b]:
            print("str matched")
        case _:
            print("str not a sequence")
f()
