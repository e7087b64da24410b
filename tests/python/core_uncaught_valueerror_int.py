# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    "int('')",
    "int('1.5')",
    "int('0x10')",
    "int('12', 2)",
    "float('abc')",
    "int('1e3')",
    "int(' - 1')",
    "complex('1+')",
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
print(int('42'))
print(int('forty-two'))
