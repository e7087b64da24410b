import unicodedata as u

RANGES = [range(0, 0xD800), range(0xE000, 0x32000), range(0xE0000, 0xE0200), range(0xF0000, 0xF0010), range(0x10FFF0, 0x110000)]
M = 2**61 - 1

def digest(name, f):
    h = 0
    prev = None
    ids = {}
    changes = 0
    for r in RANGES:
        for cp in r:
            v = f(chr(cp))
            if v != prev:
                if v not in ids:
                    ids[v] = len(ids)
                h = (h * 1000003 + cp * 7919 + ids[v]) % M
                prev = v
                changes += 1
    print(name, changes, len(ids), h)

for db, label in [(u, '14'), (u.ucd_3_2_0, '3.2')]:
    print(label, db.unidata_version)
    digest('category', db.category)
    digest('bidirectional', db.bidirectional)
    digest('combining', db.combining)
    digest('east_asian_width', db.east_asian_width)
    digest('mirrored', db.mirrored)
    digest('decomposition', db.decomposition)
    digest('decimal', lambda c: db.decimal(c, None))
    digest('digit', lambda c: db.digit(c, None))
    digest('numeric', lambda c: db.numeric(c, None))
    digest('name', lambda c: db.name(c, None))

for c in 'a1½Ⅻ٣௰〇一\u00e9\uac00\U00020000\U0001F600\u0301\x00\u3400\u4dbf\U0002a6df':
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, None))
