import unicodedata as u

M = 2**61 - 1
RANGES = [range(0, 0xD800), range(0xE000, 0x32000), range(0xE0000, 0xE0200)]

def code(s):
    h = len(s)
    for c in s:
        h = (h * 1000003 + ord(c)) % M
    return h

for db, label in [(u, '14'), (u.ucd_3_2_0, '3.2')]:
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        h = 0
        changed = 0
        for r in RANGES:
            for cp in r:
                c = chr(cp)
                n = db.normalize(form, c)
                if n != c:
                    changed += 1
                    h = (h * 1000003 + cp * 31 + code(n)) % M
        print(label, form, changed, h)

samples = ['e\u0301', 'E\u0301\u0323', 'a\u0323\u0301', 'a\u0301\u0323', '\u1100\u1161', '\u1100\u1161\u11a8', '\uac00\u11a8',
           '\u1100\u1100\u1161', 'ﬁ', 'Å', 'Ω', '\u212b', '\u0344', 'ḱṷṓn', '\u0f73', 'ᄀ각', '가\u0301', '\u00c5\u0301',
           'x\u0327\u0301\u0300', 'ｶﾞ', '①', 'Ⅻ', '\u0308\u0301', 'a\u0308\u0301', '\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f',
           '\u0061\u031b\u0323\u0307', '\u1e0b\u0323', '\u0071\u0307\u0323', 'ascii only', '', 'é' * 5, '\U0001d15e\U0001d165',
           '\u0CCA', '\u0c46\u0c56', '\u0b47\u0b3e', '\u09c7\u09be', '\u1025\u102e', 'ǆ', '\u3099\u309a', 'か\u3099']
for s in samples:
    out = []
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        n = u.normalize(form, s)
        out.append(' '.join('%04X' % ord(c) for c in n))
        out.append(u.is_normalized(form, s))
        out.append(u.is_normalized(form, n))
    out.append(' '.join('%04X' % ord(c) for c in u.ucd_3_2_0.normalize('NFKC', s)))
    print(repr(s), out)

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
t(u.normalize, 'XX', 'a')
t(u.normalize, 1, 'a')
t(u.normalize, 'NFC', 1)
t(u.normalize, 'NFC')
t(u.is_normalized, 'nfc', 'a')
t(u.is_normalized, 'NFC', b'a')
s = 'abc'
print(u.normalize('NFC', s) is s)

# random sequences of starters, combining marks and jamo (deterministic LCG)
pool = [0x41, 0x61, 0x45, 0x65, 0x4f, 0x6f, 0x55, 0x3b1, 0x3c9, 0x438, 0x1100, 0x1161, 0x11a8, 0xac00, 0xac01, 0x300,
        0x301, 0x302, 0x308, 0x323, 0x327, 0x328, 0x31b, 0x345, 0x5b0, 0x5b8, 0x93c, 0x94d, 0x3099, 0x304b, 0x30ab,
        0xfb01, 0x2460, 0x1e0b, 0xc5, 0x212b, 0x344, 0xf73, 0xf71, 0xf72, 0x1d15e, 0x1d165, 0x1d16e, 0xb47, 0xb3e,
        0xcc6, 0xcd5, 0xcc2, 0x1b05, 0x1b35, 0x115b9, 0x115af, 0x11347, 0x1133e, 0xff76, 0xff9e, 0x1f600, 0x20]
seed = 12345
tot = [0, 0, 0, 0]
for i in range(3000):
    n = seed % 7 + 1
    s = ''
    for j in range(n):
        seed = (seed * 1103515245 + 12345) % 2**31
        s += chr(pool[seed % len(pool)])
    for k, form in enumerate(['NFC', 'NFD', 'NFKC', 'NFKD']):
        tot[k] = (tot[k] * 1000003 + code(u.normalize(form, s))) % M
    seed = (seed * 1103515245 + 12345) % 2**31
print(tot)
