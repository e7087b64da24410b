def f(x: list[int]) -> dict[str, list[int]]:
    return {"x": x}
print(f.__annotations__)
print(repr(dict.fromkeys)[:30], repr(int.from_bytes)[:30])
