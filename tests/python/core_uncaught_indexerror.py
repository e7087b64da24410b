# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    '[][0]',
    '[1][-2]',
    '(1, 2)[5]',
    "'ab'[2]",
    "b'x'[3]",
    'range(3)[3]',
    '[].pop()',
    '[1].pop(4)',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
items = [1, 2, 3]
print(items[1])
print(items[10])
