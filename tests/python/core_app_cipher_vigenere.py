# Vigenère cipher with ord/chr arithmetic and zip over cycled keys
def cycle(s):
    while True:
        yield from s
def vigenere(text, key, sign=1):
    out = []
    k = cycle(key.lower())
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = 65 if ch.isupper() else 97
            shift = ord(next(k)) - 97
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
for msg, key in [("Attack at dawn!", "lemon"), ("Hello, World", "key"), ("", "x"), ("ALLCAPS", "b"), ("mixed Case 123", "zz")]:
    enc = vigenere(msg, key)
    print(repr(msg), key, repr(enc), vigenere(enc, key, -1) == msg)
