# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    '(1).foo',
    "'s'.bar",
    '[].baz',
    'None.qux',
    '{}.append',
    '(1,).append',
    'len.x',
    'type.nope',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
s = 'text'
print(s.upper())
print(s.no_such_method())
