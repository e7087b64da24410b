# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    "int('x')",
    '[][0]',
    "{}['k']",
    '1 / 0',
    'None.x',
    "'a' + 1",
    'iter(1)',
    'chr(-1)',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
class AppError(Exception):
    pass
def f():
    raise AppError('bad state', 42)
f()
