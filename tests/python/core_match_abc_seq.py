import collections.abc
def f():
    class Seq(collections.abc.Sequence):
        __getitem__ = None
        def __len__(self):
            return 0
    match Seq():
        case []:
            y = 0
    return y
print(f())
