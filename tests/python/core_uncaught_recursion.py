# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    'len([])',
    'sum(range(5))',
    'max(1, 2)',
    "min('ab')",
    'abs(-1)',
    'repr([1])',
    "sorted('ba')",
    'list(range(3))',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
def down(n):
    return down(n + 1)
down(0)
