a = list[int]; print(a, type(a), a.__origin__, a.__args__, a.__parameters__, repr(dict[str, list[int]]), tuple[int, ...], list[int]([1,2]), list[int] == list[int], hash(list[int]) == hash(list[int]))
class C(list[int]): pass
print(C.__bases__, C.__orig_bases__, type[int], list['X'])
u = int | str
print(u, type(u), u.__args__, int | None, isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print((int | str) == (str | int), int | int, list[int] | None)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int | "str"
except TypeError as e:
    print(e)
def f(x: int | None = None) -> list[str]: pass
print(f.__annotations__)
