# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    "'a' + 1",
    "1 + 'a'",
    '[1] + (2,)',
    '(1,) + [2]',
    "b'a' + 'b'",
    'None + 1',
    '{} + {}',
    '{1} + {2}',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
x = 'count: '
print(x + str(5))
print(x + 5)
