#!/usr/bin/python3.11
"""Generate the pyfmt conformance tables from the reference interpreter.

Run from the pyfmt directory:  /usr/bin/python3.11 testdata/gen.py
Writes testdata/*.json.gz; pyfmt's Go tests replay every case and require
identical results. Floats travel as float.hex() strings (exact); an error
result is written as "!ExceptionName: message".
"""
import gzip
import itertools
import json
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), sys.version
rng = random.Random(20261122)


def fhex(x):
    if math.isnan(x):
        return '-nan' if math.copysign(1, x) < 0 else 'nan'
    return float.hex(x)


def run(f, *a):
    try:
        r = f(*a)
    except Exception as e:  # noqa
        return '!%s: %s' % (type(e).__name__, e)
    return r


def write(name, cases):
    with gzip.open('testdata/%s.json.gz' % name, 'wt', encoding='utf-8') as f:
        json.dump(cases, f, ensure_ascii=False, separators=(',', ':'))
    print(name, len(cases))


def rand_float():
    k = rng.random()
    if k < 0.3:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if k < 0.6:
        return float('%.*e' % (rng.randint(0, 17), rng.uniform(-10, 10) * 10 ** rng.randint(-30, 30)))
    if k < 0.75:
        return rng.randint(-10**rng.randint(1, 20), 10**rng.randint(1, 20)) / (10 ** rng.randint(0, 6))
    if k < 0.85:
        return rng.choice([1, -1]) * rng.randint(0, 2**rng.randint(1, 60)) * 2.0 ** rng.randint(-60, 10)
    return rng.uniform(-1e6, 1e6)


special_floats = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.125, 0.375, 2.5, 3.5, -2.5, 1.5, 9.5, 0.05, 0.25,
                  1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e23, 1e-4, 1e-5, 0.0001, 0.00001234,
                  123456789.0, 1234567.891, 12345.6789, -1234567.891, 0.999999, 9.9999995, 99.99,
                  999999.5, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
                  float('inf'), float('-inf'), float('nan'), -float('nan'), 2 ** 53, 2.0 ** 63, 2.0 ** 64,
                  1 / 3, 2 / 3, math.pi, -math.e, 100.0, 1e300, 4.35, 0.005, 0.015, 1.005, 2.675,
                  -0.0000001, 1e-7, 5e-5, 0.5e-4, 123.0, -5e-10]


# ---------------------------------------------------------------- specs

def spec_combos(types, n):
    fills = ['', '<', '>', '^', '=', '*<', '*^', '0=', 'x>', '0<', '\u00e9^', '\U0001F600>']
    signs = ['', '+', '-', ' ']
    zs = ['', 'z']
    alts = ['', '#']
    zeros = ['', '0']
    widths = ['', '1', '7', '12', '20', '\u0663']
    groups = ['', ',', '_']
    precs = ['', '.0', '.1', '.2', '.3', '.6', '.10', '.17', '.25']
    out = set()
    while len(out) < n:
        out.add(''.join(rng.choice(x) for x in (fills, signs, zs, alts, zeros, widths, groups, precs, types)))
    return sorted(out)


float_specs = spec_combos(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'], 170) + [
    '', 'f', 'e', 'g', '.0f', '.1f', '.2f', '#.0f', '#.0e', '#g', '#.3g', '#G', 'g', '.0g', '.1g', '.16g',
    '.17g', '.0', '.1', '.5', '.16', '.17', 'z.2f', 'z', 'z.0f', '015,.2f', '010', '=10', '0', '020,',
    '_', ',', ',.3', '_f', '0=+12.3f', '+', ' ', '-', '%', '.0%', '#.0%', 'n', '010n', '.3n', '.0e',
    'x', 'd', 's', 'c', 'b', 'abc', '.', '10.', ',n', '_n', ',_', '_,', '.2,f', '99999999999999999999',
    '.99999999999', '\x80', ',\x80', '\u0663.\u0662f', '0>10', '*^+#20,.4e', 'zf', 'z%', '\0<5',
]
int_specs = spec_combos(['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'G'], 170) + [
    '', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '_b', '_x', '_o', '_X', '#_x', ',', '_', ',d',
    '04,', '06,', '08_x', '#012_b', '=+20,', '0=10', '010', '-10', '+', ' ', 'n', '010n', 'c', '5c',
    '<5c', '=5c', '+c', '#c', ',c', '.2', 'z', 'zd', 'e', '.2e', '%', 'g', '.0f', 's', 'abc', '.', 'y',
    ',b', ',x', '_n', ',n', '\x80', '#_o', '0', '00', '#0x', '*^#20_X',
]
str_specs = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '.0', '10.3', '010', '05s', '0<5',
             '=10', '+', '-', ' ', '#', 'z', ',', '_', ',s', 'd', 'r', 'x', '\u00e9>8', '\U0001F600^7',
             'abc', '.', '3', '\u0663', '^\u0663', '.\u0662', '>0', '', '<', '0', '<.1', '010.2s']
complex_specs = ['', 'f', 'e', 'g', '.2f', '.0', '.3', '10', '<30', '^30', '>30', '*^30.2f', '+', '-',
                 ' ', '+.2e', ',.2f', '_g', 'n', 'E', 'F', 'G', '%', 'd', '#', '#.0f', 'z.1f', 'z',
                 '05', '0<20', '=20', '20.3g', 'abc', '.', ',', '#g']

# ---------------------------------------------------------------- format()

special_floats = [float(x) for x in special_floats]
floats = special_floats + [rand_float() for _ in range(110)]
cases = []
for x in floats:
    for s in float_specs:
        cases.append([fhex(x), s, run(format, x, s)])
write('format_float', cases)

ints = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, 123456789, -987654321, 10**6, 2**31, 2**32 - 1,
        2**63 - 1, -2**63, 2**63, 2**64, -2**64 - 1, 10**18, 10**19, 10**30, -(10**30) + 7, 65, 0x10ffff,
        0x110000, 0xe9, 0x1f600, 2**200 + 12345, -(3**150)]
ints += [rng.randint(-10**rng.randint(1, 40), 10**rng.randint(1, 40)) for _ in range(40)]
cases = []
for v in ints:
    for s in int_specs:
        cases.append([hex(v), s, run(format, v, s)])
for v in [10**4299, 10**4300, -(10**4300), 2**20000, 10**400]:
    for s in ['', 'd', 'x', 'b', 'o', ',', 'n', 'e', '.3g', 'c']:
        cases.append([hex(v), s, run(format, v, s)])
write('format_int', cases)

strs = ['', 'a', 'abc', 'hello world', 'h\u00e9llo', '\u65e5\u672c\u8a9e', 'x' * 25, '\U0001F600ab',
        ' pad ', 'tab\there']
cases = []
for v in strs:
    for s in str_specs:
        cases.append([v, s, run(format, v, s)])
write('format_str', cases)

cvals = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (1.0, 2.0), (-1.5, -2.25), (0.0, 1.0), (1e20, 1e-20),
         (float('inf'), float('nan')), (-0.0, -0.0), (3.0, 0.0), (1234567.891, -0.001), (-1e-7, 5e16),
         (0.1, 0.2), (float('-inf'), 1.0), (-0.0001, 0.0001)]
cvals += [(rand_float(), rand_float()) for _ in range(25)]
cases = []
for re, im in cvals:
    z = complex(re, im)
    for s in complex_specs:
        cases.append([fhex(re), fhex(im), s, run(format, z, s)])
    cases.append([fhex(re), fhex(im), '!repr', repr(z)])
write('format_complex', cases)

# ---------------------------------------------------------------- repr / hex / ratio / round

rfl = special_floats + [rand_float() for _ in range(6000)]
rfl += [struct.unpack('<d', struct.pack('<Q', rng.getrandbits(12) | (rng.randint(0, 2046) << 52)))[0]
        for _ in range(500)]
cases = []
for x in rfl:
    ratio = run(float.as_integer_ratio, x)
    if isinstance(ratio, tuple):
        ratio = '%d/%d' % ratio
    cases.append([fhex(x), repr(x), float.hex(x), ratio, run(lambda: str(round(x)))])
write('float_misc', cases)

cases = []
for x in special_floats + [rand_float() for _ in range(1500)]:
    for n in [0, 1, 2, 3, rng.randint(-20, 20), rng.randint(-330, 330), -1, -2, 15, 16, 17, 323, 324,
              -308, -309, 400, -400]:
        r = run(round, x, n)
        cases.append([fhex(x), n, r if isinstance(r, str) else fhex(r)])
write('float_round', cases)

hexin = ['0x1p0', '0x1.8p1', '1', 'a', '-0x1.fffffffffffffp+1023', '0x1.fffffffffffff8p+1023',
         '0x1p1024', '0x.8p-1073', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076',
         '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080001p0', ' 0x1p0 ', 'inf',
         '-Infinity', 'nAn', '+nan', '-nan', '0x', '0x.', '.', '0x1p', '0x1p+', '1p-2', '0X1P2',
         '0x1.p1', '0x.1', '0x00000000000000000001p-100', '0x1' + '0' * 300 + 'p-1200', '0x0p99999999999',
         '0x1p99999999999', '0x1p-99999999999', '1e1', '0x1_0p0', '', ' ', '- 0x1p0', '0x1p0x',
         '-0x0p0', '0x1.fffffffffffffp-1023', '0x0.0000000000001p-1022', 'infinity', 'infinit', 'in',
         '0x123456789abcdefp0', '0xfffffffffffff.8p0', '0xfffffffffffff.80000001p0', '\t-0x1.8p-3\n']
hexin += [float.hex(rand_float()) for _ in range(300)]
hexin += ['0x%xp%d' % (rng.getrandbits(rng.randint(1, 120)), rng.randint(-1200, 1100)) for _ in range(600)]
cases = []
for s in hexin:
    r = run(float.fromhex, s)
    cases.append([s, r if isinstance(r, str) else fhex(r)])
write('float_fromhex', cases)

# ---------------------------------------------------------------- parsing

fin = ['0', '1', '-1', '+1', '1.5', '.5', '5.', '.', '1e5', '1E5', '1e+5', '1e-5', '1e', '1e+', 'e5',
       '  3.25  ', '\t\n1\x0b\x0c\r', '\x1c1.5', '1.5\x1f', '\u00a01.5\u2003', '\u3000-2\u3000', 'inf',
       '-inf', '+inf', 'Infinity', '-iNfInItY', 'infinit', 'nan', '-nan', '+NaN', 'nan(1)', 'infx',
       '1_000', '1_000.000_1', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', '1e_1', '1_e1', '0x10',
       '0x1p0', '1e999', '-1e999', '1e-999', '-1e-400', '4.9406564584124654e-324', '2.4703282292062328e-324',
       '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308', '0.1' + '0' * 400 + '1',
       '1' * 500, '\u0661\u0662\u0663', '\u0661.\u0665', '\u0967\u0968', '\uff11\uff12', '1\u00b2', '\u00bd',
       '1\x00', '', ' ', 'abc', "it's", 'a"b\'c', '\U0001F600', '\ud7ff', '1.2.3', '--1', '+-1', '1 2',
       '00001.5', '0e0', '-0', '-0.0', '  -  1', '1.e5', '.e5', '.5e-3', '9' * 30 + 'e-10', 'x' * 300,
       '1' + '_1' * 50, '\u2028', '1\u2029', '\x85 5 \x85', '5\x7f']
for _ in range(1500):
    x = rand_float()
    s = rng.choice([repr(x), '%.*e' % (rng.randint(0, 20), x), '%.*f' % (rng.randint(0, 10), x), '%g' % x])
    k = rng.random()
    if k < 0.1:
        s = ' ' + s + '\n'
    elif k < 0.15:
        s = s.upper()
    elif k < 0.25:
        s = '_'.join(s) if rng.random() < 0.3 else s.replace('1', '1_1', 1)
    fin.append(s)
cases = []
for s in fin:
    r = run(float, s)
    cases.append([s, r if isinstance(r, str) else fhex(r)])
write('parse_float', cases)

iin = [('0', 10), ('1', 10), ('-1', 10), ('+1', 10), (' 12 ', 10), ('1_000', 10), ('1__000', 10),
       ('_1', 10), ('1_', 10), ('0x1f', 16), ('0X1F', 0), ('0x_1f', 16), ('0x__1f', 16), ('0x', 16),
       ('0x_', 16), ('0b101', 0), ('0b2', 0), ('0o17', 0), ('0o18', 8), ('017', 0), ('0', 0), ('00', 0),
       ('0_0', 0), ('0_7', 0), ('-0', 0), ('007', 10), ('z', 36), ('Z', 36), ('zz', 35), ('10', 2),
       ('12', 2), ('', 10), (' ', 10), ('-', 10), ('+-1', 10), ('1 2', 10), ('1\x00', 10), ('\x1c5', 10),
       ('\u00a05\u3000', 10), ('\u0661\u0662', 10), ('\uff11\uff10', 16), ('\u0967', 0), ('1\u00b2', 10),
       ('9223372036854775807', 10), ('9223372036854775808', 10), ('-9223372036854775808', 10),
       ('-9223372036854775809', 10), ('18446744073709551615', 10), ('18446744073709551616', 10),
       ('ffffffffffffffff', 16), ('-8000000000000000', 16), ('7fffffffffffffff', 16), ('x' * 300, 10),
       ("it's", 10), ('1' * 4300, 10), ('1' * 4301, 10), ('1' * 5000, 10), ('1' * 5000 + 'x', 10),
       ('1' * 641, 10), ('1' * 5000, 16), ('1' * 5000, 2), ('1' * 5000, 36), ('1' * 5000, 3), ('1', 1),
       ('1', 37), ('1', -1), ('0x10', 10), ('0b1', 16), ('0B1', 16), ('1_2_3', 0), ('0x1_2', 0), ('1.5', 10),
       ('1e5', 10), ('\U0001F600', 10), ('-0x10', 16), ('- 1', 10), (' -1 ', 10), ('\t+7\n', 10),
       ('0' * 5000, 10), ('0' * 5000 + '1', 10), ('_' * 5, 10), ('1' + '_1' * 700, 10)]
for _ in range(1000):
    base = rng.choice([0, 2, 3, 8, 10, 10, 10, 16, 36, rng.randint(2, 36)])
    v = rng.randint(-10**rng.randint(1, 60), 10**rng.randint(1, 60))
    if base in (0, 10):
        s = str(v)
    else:
        digs = '0123456789abcdefghijklmnopqrstuvwxyz'
        a, d = abs(v), ''
        while a:
            a, r = divmod(a, base)
            d = digs[r] + d
        s = ('-' if v < 0 else '') + (d or '0')
    k = rng.random()
    if k < 0.1:
        s = s.upper()
    elif k < 0.2:
        s = s.replace(s[-1], '_' + s[-1], 1) if len(s) > 2 else s
    elif k < 0.25:
        s = s + rng.choice(['x', '.', ' ', '__1', 'g'])
    elif k < 0.3 and base in (0, 16):
        s = s.replace('-', '-0x') if s.startswith('-') else '0x' + s
    iin.append((s, base))
cases = []
for s, b in iin:
    r = run(int, s, b)
    cases.append([s, b, r if isinstance(r, str) else hex(r)])
write('parse_int', cases)

# ---------------------------------------------------------------- printf


class Tag:
    pass


def enc(v):
    if isinstance(v, bool):
        return ['b', v]
    if v is None:
        return ['n']
    if isinstance(v, int):
        return ['i', hex(v)]
    if isinstance(v, float):
        return ['f', fhex(v)]
    if isinstance(v, str):
        return ['s', v]
    if isinstance(v, tuple):
        return ['t', [enc(x) for x in v]]
    if isinstance(v, list):
        return ['l', [enc(x) for x in v]]
    if isinstance(v, dict):
        return ['d', [[k, enc(x)] for k, x in v.items()]]
    raise TypeError(v)


pcases = []
conv = ['d', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c', 'r', 's', 'a']
pvals = [0, 1, -1, 42, -42, 255, 65, 0x1f600, 2**70, -(2**70), 10**30, 3.5, -2.5, 0.0, -0.0, 1e100,
         1e-7, 123.456, float('inf'), float('-inf'), float('nan'), True, False, 'x', 'abc', '\u00e9',
         '\U0001F600', None, 1234567.891, 0.5, 1.5, 2.5]
flagsets = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '+#', '-+ #0', '0-']
widths = ['', '1', '5', '12', '*']
precs = ['', '.', '.0', '.2', '.5', '.12', '.*']
for _ in range(4000):
    c = rng.choice(conv)
    fl, w, p = rng.choice(flagsets), rng.choice(widths), rng.choice(precs)
    fmt = '%' + fl + w + p + c
    args = []
    if w == '*':
        args.append(rng.choice([5, -5, 0, 12, 3]))
    if p == '.*':
        args.append(rng.choice([0, 2, -3, 5, 10]))
    args.append(rng.choice(pvals))
    pre = rng.choice(['', 'a', 'x=', '\u00e9 '])
    pcases.append([pre + fmt + rng.choice(['', '!', ' end']), enc(tuple(args))])
extra = [
    ('%s', 5), ('%s', (5,)), ('%s %s', (1, 2)), ('%s', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', 5),
    ('abc', ()), ('abc', []), ('abc', {}), ('abc', {'a': 1}), ('%s', [1, 2]), ('%s %s', [1, 2]),
    ('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)s', {'b': 1}), ('%(a)s', (1,)),
    ('%(a)s', 5), ('%(a', {'a': 1}), ('%(a(b))s', {'a(b)': 2}), ('%(a)', {'a': 1}), ('%(a)*d', {'a': 1}),
    ('%s %(a)s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%', ()), ('%', 1), ('abc%', ()), ('%%', ()),
    ('%%', 1), ('%5%', ()), ('%5%', 1), ('%y', 1), ('%y', ()), ('ab%\u00e9', 1), ('%*d', (5,)),
    ('%*', (5,)), ('%*', ()), ('%.*f', (2,)), ('%.*f', ('x', 1.0)), ('%*d', ('x', 1)), ('%*d', (1.5, 1)),
    ('%*d', (2**70, 1)), ('%.*f', (2**40, 1.0)), ('%d', 'x'), ('%x', 1.5), ('%x', 'x'), ('%o', None),
    ('%d', None), ('%d', 1.9), ('%d', -1.9), ('%d', float('inf')), ('%d', float('nan')), ('%i', 2.5e20),
    ('%f', 'x'), ('%f', None), ('%f', 2**2000), ('%c', 'ab'), ('%c', ''), ('%c', 1.5), ('%c', -1),
    ('%c', 0x110000), ('%c', 2**70), ('%c', 'x'), ('%5c', 'x'), ('%-5c', 65), ('%.0c', 65),
    ('%ld', 5), ('%hd', 5), ('%Lf', 1.5), ('%l', 5), ('%10.4s', 'abcdefgh'), ('%-10s|', 'ab'),
    ('%05s', 'ab'), ('%+s', 'ab'), ('%#x', 255), ('%#X', 255), ('%#o', 8), ('%#08x', 255),
    ('%#08o', 8), ('%#-8x|', 255), ('%#8x', -255), ('%#08x', -255), ('%08.3d', -5), ('%.3x', 5),
    ('%+.3d', 5), ('% d', 5), ('%+d', 0), ('%0-5d|', 3), ('%#.0f', 1.0), ('%#.0e', 1.0), ('%#g', 1.0),
    ('%g', 1e16), ('%.0g', 0.5), ('%e', 0.0), ('%F', float('inf')), ('%E', float('nan')),
    ('%010.2f', -3.14159), ('%-010.2f|', -3.14159), ('%+010.2f', 3.14159), ('% 010.2f', 3.14159),
    ('%d', 10**4301), ('%x', 10**4301), ('%s', True), ('%d', True), ('%r', 'it\'s'), ('%a', '\u00e9\U0001F600'),
    ('%r', '\u00e9\n'), ('%d%%', 5), ('%s', 1e16), ('%s', -0.0), ('%r', 1.1), ('%.2s', 1.1),
    ('%99999999999999999999d', 1), ('%.99999999999d', 1), ('%(a)s %(a)s', {'a': 'x'}),
    ('\U0001F600%y', 1), ('%.3s', '\U0001F600\u00e9abc'), ('%-6.3s|', '\u00e9\u00e9\u00e9\u00e9'),
    ('%s %s %s', (1, 2)), ('%(x)d', {'x': 'y'}), ('%u', -3), ('%d %d', [1, 2]), ('%s', ([1, 'a'],)),
    ('%s', ({'k': 1},)), ('%r', (None,)), ('%-+5d|', 3), ('%x', -255), ('%X', 2**70), ('%o', -8),
]
for fmt, a in extra:
    pcases.append([fmt, enc(a)])
cases = []
for fmt, a in pcases:
    def dec(e):
        t = e[0]
        return {'b': lambda: e[1], 'n': lambda: None, 'i': lambda: int(e[1], 16),
                'f': lambda: float.fromhex(e[1]) if 'nan' not in e[1] else math.copysign(math.nan, -1 if e[1][0] == '-' else 1),
                's': lambda: e[1], 't': lambda: tuple(dec(x) for x in e[1]),
                'l': lambda: [dec(x) for x in e[1]], 'd': lambda: {k: dec(x) for k, x in e[1]}}[t]()
    cases.append([fmt, a, run(lambda: fmt % dec(a))])
write('printf', cases)

# ---------------------------------------------------------------- random specs and % formats

alpha = '<>=^+- z#0123456789,_.eEfFgGn%bcdoxXs*\u00e9'
cases = []
seen = set()
objs = [('float', 1234.5), ('float', -0.0), ('float', float('nan')), ('int', 255), ('int', -7),
        ('int', 2**80), ('str', 'ab\u00e9'), ('complex', complex(1, -2)), ('bool', True)]
while len(cases) < 12000:
    spec = ''.join(rng.choice(alpha) for _ in range(rng.randint(0, 7)))
    kind, v = rng.choice(objs)
    if (kind, repr(v), spec) in seen:
        continue
    seen.add((kind, repr(v), spec))
    enc_v = fhex(v) if kind == 'float' else hex(v) if kind in ('int', 'bool') else v if kind == 'str' else [fhex(v.real), fhex(v.imag)]
    cases.append([kind, enc_v, spec, run(format, v, spec)])
write('random_spec', cases)

palpha = '%%%%()abc-+ #0123456789.*hlLdiouxXeEfFgGcrsa\u00e9'
pvals2 = [(1, 2.5, 'x'), (3,), ({'a': 1, 'abc': 'q'}), 7, 'z', (2**70, -1.5), (), [1]]
cases = []
while len(cases) < 6000:
    fmt = ''.join(rng.choice(palpha) for _ in range(rng.randint(1, 9)))
    a = rng.choice(pvals2)
    cases.append([fmt, enc(a), run(lambda: fmt % a)])
write('random_printf', cases)

# ---------------------------------------------------------------- very long precisions

cases = []
for x in [0.0, -0.0, 1 / 3, 5e-324, 1e308, 2.5, 1e-300, -123.456, float('inf'), 2.0 ** -1074 * 12345]:
    for s in ['.767e', '.800e', '.801e', '.1000e', '.1100f', '.1199f', '.1200f', '.1300f', '#.1000g',
              '.1000g', '.1000', '.1000%', '#.0e', '1500.3f', '<1500', '#.801G']:
        cases.append([fhex(x), s, run(format, x, s)])
    for s in ['%.1000f', '%.900e', '%#.1000g', '%1200.5f']:
        cases.append([fhex(x), s, run(lambda: s % x)])
write('long_precision', cases)

# ---------------------------------------------------------------- bytes arguments (latin-1 in JSON)

bin_ = [b'12', b' -12 ', b'1_0', b'0x1f', b'\xa05', b'1\x00', b'abc', b"it's", b'"q\'', b'\x7f\xff\t\n',
        b'x' * 300, b'1.5', b'1e5', b' inf ', b'-nan', b'1_000.5', b'\x1c1', b'', b'0b101', b'017']
cases = []
for b in bin_:
    for base in [10, 0, 16]:
        r = run(int, b, base)
        cases.append(['int', b.decode('latin-1'), base, r if isinstance(r, str) else hex(r)])
    r = run(float, b)
    cases.append(['float', b.decode('latin-1'), 0, r if isinstance(r, str) else fhex(r)])
    cases.append(['repr', b.decode('latin-1'), 0, repr(b)])
write('parse_bytes', cases)
