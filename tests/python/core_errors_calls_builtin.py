# calling non-callables and builtins with keyword arguments they do not take
cases = ["len(obj=[])", "abs(x=1)", "repr(obj=1)", "hash(obj=1)", "chr(i=65)", "ord(c='a')", "sum([], start=5)", "min([1], key=None)",
         "sorted([1], key=None, reverse=True)", "divmod(a=1, b=2)", "pow(base=2, exp=3)", "round(number=2.5)", "isinstance(obj=1, class_or_tuple=int)",
         "iter(object=[])", "next(iterator=iter([1]))", "format(value=1)", "getattr(object=1, name='real')", "hex(number=1)"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except TypeError as e:
        print(c, "->", "TypeError", e)
