# str indexing and method argument type errors
s = "hello"
cases = ["s[1.0]", "s['1']", "s[None]", "s[[1]]", "s[1:'2']", "s[::0]", "s.find(1)", "s.count(None)", "s.index(b'l')", "s.split(1)",
         "s.join('ab', 'cd')", "s.replace('l', 1)", "s.startswith(('h', 1))", "s.center(1.5)", "s.zfill(None)", "s.expandtabs(1.5)",
         "s.encode(1)", "s.strip(1)", "s.partition(None)", "s.splitlines('x')", "s.ljust(5, 'ab')", "s.rjust(5, 1)", "s.translate(1)"]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
