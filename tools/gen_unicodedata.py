#!/usr/bin/python3.11
"""Generates modules/unicodedata/ucd.bin.gz from CPython 3.11's own
unicodedata module (Unicode 14.0.0, and its ucd_3_2_0 view), plus the
name aliases and named sequences that unicodedata.lookup() accepts,
taken from Perl's Unicode 14.0.0 name list and verified through
unicodedata.lookup itself.

Run with Debian's /usr/bin/python3.11:
    /usr/bin/python3.11 tools/gen_unicodedata.py

Format (all integers are unsigned LEB128 varints, strings are a varint
length followed by UTF-8 bytes), sections in this order:
  header "UCD1"
  string lists: categories, bidirectional classes, east asian widths
  for each of (14.0.0, 3.2.0):
    records: n, then n x (category, bidi, combining, eaw, mirrored)
    runs: n, then n x (start delta, record index)  -- cover 0..0x10FFFF
    decompositions: n, then n x (cp delta, string)
    numerics: n, then n x (cp delta, decimal+1, digit+1, numeric repr or '')
  names: n, then n x (cp delta, name)        (14.0.0, not algorithmic)
  cjk ranges: n, then n x (start, end)       (CJK UNIFIED IDEOGRAPH-X)
  aliases: n, then n x (cp, name)
  named sequences: n, then n x (name, k, k x cp)
  composition pairs: n, then n x (first, second, composite)  (14.0.0)
  composition pairs for 3.2.0 likewise
  NFD overrides (14.0.0, then 3.2.0): n, then n x (cp, k, k x cp)
"""
import gzip
import os
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(__file__), '..', 'modules', 'unicodedata', 'ucd.bin.gz')
PERL_NAMES = '/usr/share/perl/5.36.0/unicore/Name.pl'

assert unicodedata.unidata_version == '14.0.0', unicodedata.unidata_version

buf = bytearray()


def varint(n):
    assert n >= 0
    while True:
        b = n & 0x7f
        n >>= 7
        if n:
            buf.append(b | 0x80)
        else:
            buf.append(b)
            return


def string(s):
    b = s.encode('utf-8')
    varint(len(b))
    buf.extend(b)


CATS = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf',
        'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co']
BIDI = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN', 'CS', 'NSM', 'BN', 'B', 'S',
        'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI']
EAW = ['F', 'H', 'W', 'Na', 'A', 'N']

buf.extend(b'UCD1')
for lst in (CATS, BIDI, EAW):
    varint(len(lst))
    for s in lst:
        string(s)

ALL = [c for c in range(0x110000)]


def version_tables(db):
    records = {}
    rec_list = []
    runs = []
    prev = None
    for cp in ALL:
        ch = chr(cp)
        rec = (CATS.index(db.category(ch)), BIDI.index(db.bidirectional(ch)), db.combining(ch),
               EAW.index(db.east_asian_width(ch)), db.mirrored(ch))
        if rec not in records:
            records[rec] = len(rec_list)
            rec_list.append(rec)
        r = records[rec]
        if r != prev:
            runs.append((cp, r))
            prev = r
    varint(len(rec_list))
    for rec in rec_list:
        for x in rec:
            varint(x)
    varint(len(runs))
    last = 0
    for start, r in runs:
        varint(start - last)
        varint(r)
        last = start
    decomps = [(cp, db.decomposition(chr(cp))) for cp in ALL if db.decomposition(chr(cp))]
    varint(len(decomps))
    last = 0
    for cp, d in decomps:
        varint(cp - last)
        string(d)
        last = cp
    nums = []
    for cp in ALL:
        ch = chr(cp)
        num = db.numeric(ch, None)
        dec = db.decimal(ch, None)
        dig = db.digit(ch, None)
        if num is None and dec is None and dig is None:
            continue
        nums.append((cp, 0 if dec is None else dec + 1, 0 if dig is None else dig + 1, '' if num is None else repr(num)))
    varint(len(nums))
    last = 0
    for cp, dec, dig, num in nums:
        varint(cp - last)
        varint(dec)
        varint(dig)
        string(num)
        last = cp
    return len(rec_list), len(runs), len(decomps), len(nums)


print('14.0.0', version_tables(unicodedata), file=sys.stderr)
print('3.2.0', version_tables(unicodedata.ucd_3_2_0), file=sys.stderr)

names = []
cjk = []
for cp in ALL:
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    if n == 'CJK UNIFIED IDEOGRAPH-%X' % cp:
        if cjk and cjk[-1][1] == cp - 1:
            cjk[-1][1] = cp
        else:
            cjk.append([cp, cp])
        continue
    if 0xAC00 <= cp <= 0xD7A3:
        continue  # Hangul syllables are algorithmic
    names.append((cp, n))
varint(len(names))
last = 0
for cp, n in names:
    varint(cp - last)
    string(n)
    last = cp
varint(len(cjk))
for a, b in cjk:
    varint(a)
    varint(b)
print('names', len(names), 'cjk', cjk, file=sys.stderr)

# Aliases and named sequences, verified through unicodedata.lookup.
aliases = []
seqs = []
with open(PERL_NAMES) as f:
    text = f.read()
body = text.split("return <<'END';\n", 1)[1].split('\nEND\n', 1)[0]
for block in body.split('\n\n'):
    lines = block.strip('\n').split('\n')
    if len(lines) != 2:
        continue
    cps = [int(x, 16) for x in lines[0].split()]
    name = lines[1]
    try:
        got = unicodedata.lookup(name)
    except KeyError:
        continue
    want = ''.join(map(chr, cps))
    if got != want:
        continue
    if len(cps) == 1:
        if unicodedata.name(want, None) != name:
            aliases.append((cps[0], name))
    else:
        seqs.append((name, cps))
varint(len(aliases))
for cp, n in aliases:
    varint(cp)
    string(n)
varint(len(seqs))
for n, cps in seqs:
    string(n)
    varint(len(cps))
    for cp in cps:
        varint(cp)
print('aliases', len(aliases), 'sequences', len(seqs), file=sys.stderr)


def pairs(db):
    out = []
    for cp in ALL:
        d = db.decomposition(chr(cp))
        if not d or d.startswith('<'):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) != 2:
            continue
        if db.normalize('NFC', chr(cp)) != chr(cp):
            continue  # excluded from composition
        out.append((parts[0], parts[1], cp))
    varint(len(out))
    for a, b, c in out:
        varint(a)
        varint(b)
        varint(c)
    return len(out)


print('pairs', pairs(unicodedata), pairs(unicodedata.ucd_3_2_0), file=sys.stderr)


def overrides(db):
    # characters whose NFD is not what their decomposition() says (3.2.0's
    # normalization uses the uncorrected decompositions of a few CJK
    # compatibility ideographs)
    def canon(cp):
        d = db.decomposition(chr(cp))
        if not d or d.startswith('<'):
            return [cp]
        return [y for x in d.split() for y in canon(int(x, 16))]
    out = []
    for cp in ALL:
        if 0xD800 <= cp < 0xE000:
            continue
        d = db.decomposition(chr(cp))
        if not d or d.startswith('<'):
            continue
        want = [ord(c) for c in db.normalize('NFD', chr(cp))]
        if sorted(want) != sorted(canon(cp)):
            out.append((cp, want))
    varint(len(out))
    for cp, want in out:
        varint(cp)
        varint(len(want))
        for x in want:
            varint(x)
    return len(out)


print('overrides', overrides(unicodedata), overrides(unicodedata.ucd_3_2_0), file=sys.stderr)

with gzip.GzipFile(OUT, 'wb', mtime=0, compresslevel=9) as f:
    f.write(bytes(buf))
print('wrote', OUT, len(buf), os.path.getsize(OUT), file=sys.stderr)
