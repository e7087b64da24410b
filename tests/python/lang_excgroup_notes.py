def validate(items):
    errors = []
    for i, v in enumerate(items):
        try:
            if not isinstance(v, int):
                raise TypeError(f"item {i}: not an int: {v!r}")
            if v < 0:
                raise ValueError(f"item {i}: negative")
        except Exception as e:
            e.add_note(f"while validating item {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

def process():
    try:
        validate([1, -2, "x", -4])
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
        try:
            raise KeyError("inner") from eg.exceptions[0]
        except KeyError:
            pass

def gen():
    try:
        yield 1
        validate(["bad"])
    except* TypeError as eg:
        yield len(eg.exceptions)
print(list(gen()))
try:
    process()
except ExceptionGroup as eg:
    print("left:", repr(eg))
    eg2 = eg
try:
    try:
        raise ValueError("cause")
    except ValueError as c:
        raise ExceptionGroup("with cause", [TypeError("t")]) from c
except* TypeError:
    print("handled with cause")
try:
    raise ExceptionGroup("top", [ExceptionGroup("mid", [ValueError("deep")])])
except* ValueError as eg:
    print(repr(eg))
raise eg2
