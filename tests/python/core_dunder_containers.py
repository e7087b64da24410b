# container dunders: __contains__ fallbacks, __iter__ = None, __reversed__, __len__ with iteration
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
class Rev:
    def __reversed__(self):
        return iter("custom")
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
print(2 in OnlyIter(), 5 in OnlyIter(), 10 in OnlyGetitem(), 11 in OnlyGetitem(), list(OnlyGetitem()), list(reversed(Rev())))
for expr in ["iter(NoIter())", "list(NoIter())", "1 in NoIter()", "reversed(OnlyIter())", "len(OnlyIter())"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not -3 <= i < 3:
            raise IndexError("seq index")
        return "abc"[i]
print(list(reversed(Seq())), sorted(Seq(), reverse=True), "b" in Seq(), "".join(Seq()), max(Seq()), dict(enumerate(Seq())))
