e = ValueError("with note")
e.add_note("first note")
e.add_note("second\nnote")
excs = [e] + [OSError(i) for i in range(17)]
def nest(n):
    if n == 0:
        return ExceptionGroup("leaf", [RuntimeError("deep")])
    return ExceptionGroup(f"level {n}", [nest(n - 1)])
excs.append(nest(12))
raise ExceptionGroup("many", excs)
