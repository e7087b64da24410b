for src, mode in [("1 +", "eval"), ("1 +", "exec"), ("1 +\n", "eval"), ("(1 +", "eval"), ("1 + )", "eval"), ("x =", "eval"), ("1 +", "single"), ("f(", "eval"), ("1 2", "eval"), ("a +\n", "exec")]:
    try:
        compile(src, "<t>", mode)
    except SyntaxError as e:
        print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
