# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    "sorted([1, 'a'])",
    'sorted([None, 1])',
    "max([1, 'a'])",
    'min([[], 1])',
    'sorted([{}, {}])',
    'sorted([1j, 2j])',
    "[3, 'a'].sort()",
    "sorted([(1, 'a'), (1, 2)])",
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
print(sorted([3, 1, 2]))
print(sorted([3, 'a', 2]))
