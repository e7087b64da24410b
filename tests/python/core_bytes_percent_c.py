for a in (b"", b"xy", b"z", 65):
    try: print(b"00%c" % (a,))
    except (TypeError, OverflowError) as e: print(type(e).__name__, e)
