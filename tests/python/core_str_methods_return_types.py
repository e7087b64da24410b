# str methods return str (not the subclass); identity shortcuts are invisible
class S(str):
    pass
s = S("  Hello World  ")
results = [s.strip(), s.lower(), s.upper(), s.replace("l", "L"), s.center(20), s.ljust(20), s.zfill(20), s.title(), s.swapcase(),
           s.casefold(), s.expandtabs(), s.lstrip(), s.rstrip(), s[1:5], s + "x", s * 2, s.join(["a", "b"]), s.capitalize()]
print([type(r).__name__ for r in results])
print([type(p).__name__ for p in s.split()], [type(p).__name__ for p in s.partition("o")], type(str(s)).__name__, type("%s" % s).__name__)
plain = "abc"
print(plain.strip() == plain, plain.replace("x", "y") == plain, plain[:] == plain, plain.center(2) == plain, plain.lower() == plain)
