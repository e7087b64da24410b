# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    'hash([])',
    'hash({})',
    'hash(set())',
    'hash(bytearray())',
    '{[]: 1}',
    '{{}}',
    'hash((1, []))',
    'frozenset([[1]])',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
d = {}
d[(1, 2)] = 'ok'
d[[1, 2]] = 'bad'
