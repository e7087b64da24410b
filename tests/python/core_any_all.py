# any / all: short-circuiting, empty iterables, truthiness of elements
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]), any("abc"), all(""))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any({0: 1}), all({0: 1}), any(iter([[]])))
seen = []
def check(x):
    seen.append(x)
    return x
print(any(check(x) for x in [0, 0, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [1, 2, 0, 4]), seen)
class Truthy:
    def __bool__(self):
        print("bool called")
        return True
print(any([Truthy(), Truthy()]), all([Truthy()]))
class Bad:
    def __bool__(self):
        raise RuntimeError("no truth")
for f in (any, all):
    try:
        f([Bad()])
    except Exception as e:
        print(type(e).__name__, e)
for expr in ["any(1)", "all()", "any([1], [2])", "all(None)"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
