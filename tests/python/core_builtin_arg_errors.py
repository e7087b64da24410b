# argument-count errors of builtin functions
tests = ["len()", "len(1, 2)", "abs()", "abs(1, 2)", "repr()", "hash()", "id()", "callable()", "chr()", "ord()", "bin()", "oct()",
         "hex()", "iter()", "iter(1, 2, 3)", "next()", "getattr()", "getattr(1)", "setattr(1, 'a')", "delattr(1)", "hasattr(1)",
         "isinstance(1)", "issubclass(int)", "divmod(1)", "pow(1)", "round()", "sorted()", "sum()", "any()", "all()", "min()",
         "max()", "zip(1)", "map(len)", "filter(len)", "enumerate()", "reversed()", "format()", "vars(1, 2)", "dir(1, 2)",
         "ascii()", "exec()", "eval()", "compile('1')", "globals(1)", "print(sep=1)"]
for expr in tests:
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__, e)
