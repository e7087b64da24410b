# predicates over mixed strings used as validators
def classify(s):
    kinds = []
    if s.isdigit():
        kinds.append("digits")
    if s.isalpha():
        kinds.append("alpha")
    if s.isidentifier():
        kinds.append("ident")
    if s.isspace():
        kinds.append("space")
    if s.istitle():
        kinds.append("title")
    if s.isupper():
        kinds.append("upper")
    if s.islower():
        kinds.append("lower")
    if s.isprintable() and not kinds:
        kinds.append("printable")
    return kinds or ["other"]
for s in ["123", "abc", "Abc", "ABC", "a1", "_x", "1a", " ", "", "Hello World", "hello world", "HELLO WORLD", "tab\t", "é", "Ünïcode", "x-y"]:
    print(repr(s), classify(s))
valid = [s for s in ["user_1", "2fast", "class", "ok", "with space", "ünï"] if s.isidentifier()]
print(valid, all(c.isalnum() or c == "_" for c in "user_1"), any(c.isupper() for c in "lower"), sum(c.isdigit() for c in "a1b22c333"))
