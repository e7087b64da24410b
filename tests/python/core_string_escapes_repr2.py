# repr of strings containing every class of special character
chars = ["\a", "\b", "\f", "\n", "\r", "\t", "\v", "\x00", "\x1b", "\x7f", "\x80", "\x9f", "\xa0", "\xad", "\u00ff", "\u0100", "\u2028",
         "\u2029", "\u200e", "\ufeff", "\ufffd", "\U0001f600", "\U000e0001", "\U0010ffff", "'", '"', "\\", " "]
for c in chars:
    print(repr(c), ascii(c), len(repr(c)), c.isprintable(), repr(c + "'"), repr(c + '"'))
print(repr("".join(chars[:8])), ascii("".join(chars[10:16])))
