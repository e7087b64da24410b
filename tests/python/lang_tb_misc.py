def check(d):
    assert d["a"] > 0, f"bad a: {d['a']}"
def run():
    data = [{"a": 1}, {"a": -1}]
    for d in data:
        check(d)
try:
    run()
except AssertionError as e:
    import_ok = False
    raise TypeError("while checking") from e
