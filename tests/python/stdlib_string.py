import string
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits)
print(string.capwords("hello big world"))
t = string.Template("$who likes ${what}")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
f = string.Formatter()
print(f.format("{0}-{name}", 1, name="n"), list(f.parse("a{0}b{x:>3}")))
