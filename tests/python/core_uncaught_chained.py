# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    "{}['a']",
    "{}.pop('b')",
    "dict(x=1)['y']",
    '{1: 2}[[]] if False else {1: 2}[3]',
    'set().pop()',
    '{0}.remove(1)',
    "{'k': 1}['K']",
    "dict.fromkeys('a')['b']",
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
try:
    {}['k']
except KeyError as e:
    raise ValueError('lookup failed') from e
