# A deliberately broken program: `make demo` shows that Taipan reports the
# mistake exactly as CPython 3.11 does.

def average(values):
    total = 0
    for v in values:
        total += v
    if len(values) > 0
        return total / len(values)
    return 0.0


print(average([1, 2, 3]))
