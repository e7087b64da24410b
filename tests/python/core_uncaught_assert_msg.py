# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    '1 == 1',
    '[] == []',
    "'a' < 'b'",
    'not None',
    'bool([0])',
    'all([])',
    'any([0])',
    '1 in [1]',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
x = 5
assert x > 3, 'fine'
assert x > 10, f'x is {x}'
