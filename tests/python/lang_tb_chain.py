def parse(s):
    try:
        return int(s)
    except ValueError as e:
        err = RuntimeError(f"cannot parse {s!r}")
        err.add_note("note one")
        err.add_note("note two")
        raise err from e
try:
    parse("x")
except RuntimeError:
    raise KeyError("final")
