# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    '1 / 0',
    '1 // 0',
    '1 % 0',
    '1.0 / 0',
    'divmod(1, 0)',
    '0 ** -1',
    '1j / 0',
    '10 ** 20 % 0',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
def ratio(a, b):
    return a / b
print(ratio(1, 2))
print(ratio(1, 0))
