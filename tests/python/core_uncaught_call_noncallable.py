# uncaught error from a builtin: caught variants first, then the traceback and exit status
one, text, lst, none, tup, dct, flt, byt = 1, "s", [], None, (1,), {}, 1.5, b""
cases = ["one()", "text()", "lst()", "none()", "tup()", "dct()", "flt()", "byt()"]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
values = [1, 2]
values()
