# absurd sizes raise MemoryError/OverflowError instead of exhausting memory
cases = ["'x' * (2 ** 62)", "[0] * (2 ** 62)", "(0,) * (2 ** 62)", "b'x' * (2 ** 62)", "'x'.ljust(2 ** 62)",
         "'x'.zfill(2 ** 62)", "'x'.center(2 ** 62)", "bytes(2 ** 62)", "'x' * (2 ** 100)", "[0] * (2 ** 100)",
         "'{:{}}'.format(1, 2 ** 62)", "format(1, '9999999999999')", "'%*d' % (2 ** 62, 1)", "1 << (2 ** 62)", "1 << (2 ** 64)"]
for c in cases:
    try:
        r = eval(c)
        print(c, "-> len", len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(c, "->", type(e).__name__)
print("still alive")
