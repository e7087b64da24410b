# builtin generics: list[int] and friends (types.GenericAlias)
print(list[int], dict[str, int], tuple[int, ...], set[bytes], type[int], frozenset[str])
a = list[int]
print(a.__origin__, a.__args__, a([1, 2]), type(a([1])).__name__, list[int] == list[int], isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
def f(x: list[int]) -> dict[str, list[int]]:
    return {"x": x}
print(f([1]))
