# str predicates on every ASCII character class
import_free = ""
classes = {"digits": "0123456789", "lower": "abcxyz", "upper": "ABCXYZ", "space": " \t\n\r\x0b\x0c", "punct": "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
           "ctrl": "\x00\x01\x1f\x7f", "mixed": "aB1 _", "ident": "_var1", "title": "Title Case Words", "empty": ""}
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]
for name, s in classes.items():
    print(f"{name:<7}", "".join("1" if getattr(s, p)() else "0" for p in preds), [c for c in s if c.isprintable()][:5])
for c in "aZ5 _-\t":
    print(repr(c), [p for p in preds if getattr(c, p)()])
print(sum(1 for i in range(128) if chr(i).isprintable()), sum(1 for i in range(128) if chr(i).isspace()), sum(chr(i).isalnum() for i in range(128)))
print([chr(i) for i in range(128) if chr(i).isidentifier()][:5], len([i for i in range(256) if chr(i).isalpha()]))
