# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    '2.0 ** 5000',
    'float(10 ** 400)',
    '10 ** 400 / 1',
    "int(float('inf'))",
    '(1e308).__mul__(10)',
    'round(1e300)',
    'math_free = 1',
    '1e308 * 10',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
print(2.0 ** 100)
print(2.0 ** 10000)
