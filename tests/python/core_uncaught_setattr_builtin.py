# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    "setattr(1, 'x', 2)",
    "setattr('s', 'y', 1)",
    "setattr([], 'z', 1)",
    "setattr(None, 'a', 1)",
    "setattr(int, 'a', 1)",
    "setattr(len, 'a', 1)",
    "delattr(1, 'real')",
    "setattr(1, 'real', 2)",
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
x = 5
x.attr = 1
