# str method error messages
s = "abc"
tests = ["s.center()", "s.center('a')", "s.center(5, '')", "s.ljust(5, 'ab')", "s.count()", "s.count(1)", "s.encode(1)",
         "s.encode('nope')", "s.endswith(1)", "s.expandtabs('a')", "s.find()", "s.format(*range(0))" if False else "s.zfill()",
         "s.index('z')", "s.rindex('z')", "s.join(1)", "s.join([1])", "s.lstrip(1)", "s.partition()", "s.partition(1)",
         "s.replace()", "s.replace('a')", "s.replace(1, 2)", "s.rsplit(1)", "s.split(maxsplit='1')", "s.splitlines(1, 2)",
         "s.startswith()", "s.strip(1)", "s.swapcase(1)", "s.title(1)", "s.translate()", "s.upper(1)", "s.zfill('1')",
         "str.maketrans()", "str.maketrans(1)", "str.maketrans('ab', 'c')", "str.maketrans({'ab': 1})", "s.removeprefix()",
         "s.isdigit(1)", "s.casefold(1)", "s[5]", "s['x']", "s * 's'", "s + 1", "s < 1", "s % 1", "'%d' % s"]
for expr in tests:
    try:
        print(repr(eval(expr)))
    except Exception as e:
        print(type(e).__name__, e)
