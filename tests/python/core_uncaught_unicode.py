# uncaught error from a builtin: caught variants first, then the traceback and exit status
cases = [
    "'é'.encode('ascii')",
    "b'\\xff'.decode()",
    "b'\\xc3'.decode('utf-8')",
    "'€'.encode('latin-1')",
    "b'\\x80'.decode('ascii')",
    "'a'.encode('nope')",
    "'é'.encode('ascii', 'ignore')",
    "b'\\xff'.decode('utf-8', 'replace')",
]
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
print('--- now uncaught ---')
print('é'.encode('utf-8'))
print('é'.encode('ascii'))
