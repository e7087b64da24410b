# calling builtin types as constructors with unusual arguments
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), complex())
print(int("7"), float("7"), str(7), bool(7), list("7"), tuple("78"), dict([("7", 8)]), set("77"), frozenset("7"), bytes("7", "ascii"))
print(list(range(3)), tuple({1: 2}), dict(a=1), dict({"a": 1}, b=2), set({1: 2}), list({1, 2}.__iter__()) == [1, 2])
print(str(b"x"), str([1, "2"]), str({"k": (1,)}), str(None), str(str), repr(str(1.0)), int(True), float(" 1.5 "), bool([0]))
print(type(1)(5), type("")(5), type([])("ab"), type(())([1]), type({})(a=1), type(1.5)("2"), type(True)(0))
for expr in ["list(1)", "tuple(None)", "dict('ab')", "set(5)", "int([])", "str(1, 2)", "bool(1, 2)", "float(1, 2)", "frozenset(1, 2)"]:
    try:
        print(eval(expr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
