import re
print(re.findall(r"\d+", "a1b22c333"))
m = re.match(r"(?P<word>\w+)\s(\w+)", "hello world again")
print(m.group(0), m.group("word"), m.group(2), m.span(2), m.groupdict())
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "make me title"))
print(re.split(r"[,;]\s*", "a, b;c,  d"))
p = re.compile(r"^(\d{3})-(\d{4})$", re.M)
print(p.findall("555-1234\n666-9876\nbad"))
print(re.fullmatch(r"a|ab", "ab") is not None, re.search(r"b+", "abbbc").group())
print(re.escape("a.b*c"), [m.start() for m in re.finditer("o", "foo boo")])
print(re.sub(r"(?i)HELLO", "bye", "Hello hello"), re.subn("a", "b", "aaa"))
try:
    re.compile("(")
except re.error as e:
    print("error:", e)
