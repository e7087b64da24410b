# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    "{}['x']",
    '{1: 2}[2]',
    '{(1,): 0}[(2,)]',
    'set().pop()',
    '{1}.remove(5)',
    "dict(a=1)['b']",
    "{'k': 1}.pop('z')",
    '{}.popitem()',
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
d = {'a': 1}
print(d['a'])
print(d['b'])
