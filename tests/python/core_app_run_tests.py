# a tiny test runner: call functions, catch failures, summarise with counts
def t_add():
    assert 1 + 1 == 2
def t_str():
    assert "abc".upper() == "ABC", "upper failed"
def t_fail():
    assert sorted([3, 1]) == [3, 1], "sorted should reorder"
def t_error():
    return {}["missing"]
def t_type():
    return len(5)
results = []
for f in [t_add, t_str, t_fail, t_error, t_type]:
    try:
        f()
        results.append((f.__name__, "ok", ""))
    except AssertionError as e:
        results.append((f.__name__, "FAIL", str(e)))
    except Exception as e:
        results.append((f.__name__, "ERROR", f"{type(e).__name__}: {e}"))
for name, status, msg in results:
    print(f"{name:<8} {status:<5} {msg}")
counts = {}
for _, status, _ in results:
    counts[status] = counts.get(status, 0) + 1
print(counts, sum(counts.values()), all(s == "ok" for _, s, _ in results))
