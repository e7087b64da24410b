# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    '1 / 0',
    "int('x')",
    '[][1]',
    "{}['k']",
    'None + 1',
    "''.index('x')",
    '[].remove(1)',
    '(1,).index(2)',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
try:
    1 / 0
except ZeroDivisionError:
    int('x')
