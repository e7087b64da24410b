# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    'next(iter([]))',
    "next(iter(''))",
    'next(iter({}))',
    'next(iter(range(0)))',
    'next(zip())',
    'next(map(str, []))',
    'next(filter(None, [0]))',
    'next(enumerate([]))',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
it = iter([1])
print(next(it))
print(next(it))
