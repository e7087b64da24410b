# assorted str methods on tricky inputs
s = "  Hello, World! 123  "
print(s.strip().lower(), s.strip().upper(), s.lstrip()[:5], s.rstrip()[-3:], s.strip().title(), s.strip().swapcase())
print(s.count("l"), s.find("World"), s.strip().startswith("Hello"), s.strip().endswith("123"), s.isprintable(), s.strip().isascii())
print(s.replace(" ", ""), s.split(","), s.strip().partition(" "), s.strip().rpartition(" "), len(s), len(s.strip()))
print("x".join(s.split()), s.center(30, "*"), s.strip().ljust(20, ".") + "|", s.strip().rjust(20, ".") + "|", "7".zfill(3))
print("ab12".isalnum(), "ab 12".isalnum(), "ǅ".istitle(), "Ⅷ".isnumeric(), "٣".isdecimal(), "³".isdigit(), "³".isdecimal())
print("MiXeD".casefold(), "ÉCOLE".lower(), "straße".upper(), "ﬀ".upper(), "İ".lower().encode(), "ß".title())
print("line1\nline2\r\nline3".splitlines(), "no-sep".split("-", 5), "a-b-c".rsplit("-", 1), "  spaced   out ".split(" "))
print("%-6s|%6s|" % ("ab", "cd"), "{:=^11}".format(" mid "), "tab\tend".expandtabs(2), "é".encode("utf-8"), "€".encode("utf-8"))
