# catching builtin exceptions through their bases
cases = [lambda: [][1], lambda: {}["k"], lambda: 1 / 0, lambda: int("x"), lambda: None.x, lambda: undefined_name,
         lambda: "a" + 1, lambda: b"\xff".decode(), lambda: 2 ** 10000 * 1.0, lambda: iter(1), lambda: next(iter([])),
         lambda: [].pop(), lambda: "a".index("b"), lambda: chr(-1), lambda: float("inf") // 1 if False else 10 ** 400 / 1.0]
for f in cases:
    try:
        f()
    except LookupError as e:
        print("LookupError", type(e).__name__, e)
    except ArithmeticError as e:
        print("ArithmeticError", type(e).__name__, e)
    except UnicodeError as e:
        print("UnicodeError", type(e).__name__)
    except ValueError as e:
        print("ValueError", type(e).__name__, e)
    except (TypeError, AttributeError) as e:
        print("Type/Attr", type(e).__name__, e)
    except NameError as e:
        print("NameError", e)
    except Exception as e:
        print("Exception", type(e).__name__, repr(e))
try:
    raise KeyError("x")
except (ValueError, KeyError) as e:
    print("tuple catch", repr(e))
try:
    try:
        raise TypeError("first")
    finally:
        print("finally ran")
except TypeError as e:
    print("after finally", e)
