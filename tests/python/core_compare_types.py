# comparisons across types: equality is defined, ordering raises
print(1 == 1.0, 1 == True, 0 == False, 1 == "1", None == 0, [] == (), {} == [], 1j == 1, (1 + 0j) == 1.0)
print(1 < 1.5, 2.5 > 2, True < 2, False < 0.5, 10 ** 30 > 1e29, 2 ** 53 + 1 > 2.0 ** 53, -(10 ** 30) < -1e29)
print("a" < "b", "Z" < "a", "abc" < "abd", "" < "a", "é" > "z", (1, "a") < (1, "b"), [1, 2] <= [1, 2])
print(float("nan") == float("nan"), float("nan") != float("nan"), float("nan") < 1, float("inf") > 10 ** 400)
for a, b in [(1, "1"), ("a", 1), ([], ()), (None, None), ({}, {}), (1j, 2j), ({1}, [1]), (b"a", "a")]:
    try:
        print(a < b)
    except Exception as e:
        print(type(e).__name__, e)
for a, b in [(1, None), ([1], [None]), ((1, 2), (1, "x"))]:
    try:
        print(a >= b)
    except Exception as e:
        print(type(e).__name__, e)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 == 1.0, 3 > 2 == 2, "a" < "b" < "c")
print({1, 2} < {1, 2, 3}, {1, 2} > {1}, {1} < {2}, frozenset([1]) <= {1})
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 9007199254740993 == 9007199254740992.0, 0.1 + 0.2 == 0.3)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
class A:
    pass
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2)
try:
    a1 < a2
except Exception as e:
    print(type(e).__name__, e)
