# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    "int('x')",
    "float('y')",
    'int([])',
    'int(None)',
    'float({})',
    "int('1', 99)",
    'int(1.5, 2)',
    "round('x')",
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
def outer(v):
    return inner(v) * 2
def inner(v):
    return int(v)
print(outer('3'))
print(outer('x'))
