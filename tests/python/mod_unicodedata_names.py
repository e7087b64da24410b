import unicodedata as u

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', b'LATIN SMALL LETTER B', 'LINE FEED',
          'BYTE ORDER MARK', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE',
          'hangul syllable gag', 'HANGUL SYLLABLE GGWAELH', 'HANGUL SYLLABLE XX', 'CJK UNIFIED IDEOGRAPH-4E00',
          'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-',
          'CJK UNIFIED IDEOGRAPH-4E0', 'CJK UNIFIED IDEOGRAPH-34000', 'CJK COMPATIBILITY IDEOGRAPH-F900',
          'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'KEYCAP NUMBER SIGN', 'TAMIL SYLLABLE KSSA',
          'NO SUCH THING', '', 'x' * 257, 'x' * 256, 'GRINNING FACE', 'SNOWMAN', 'EM DASH', 'LATIN SMALL LETTER GHA',
          'TANGUT IDEOGRAPH-17000', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NULL', 'NUL', 'DELETE']:
    t(u.lookup, n)
    t(u.ucd_3_2_0.lookup, n)
for c in ['a', '\x00', '\n', '\uac00', '\ud7a3', '\u4e00', '\U00020000', '\U0001F600', '\uf900', '\U00017000', '\U000e0001', '\U000f0000']:
    t(u.name, c)
    t(u.ucd_3_2_0.name, c)
# every Hangul syllable and a sample of names round trip
bad = 0
for cp in range(0xAC00, 0xD7A4):
    if u.lookup(u.name(chr(cp))) != chr(cp):
        bad += 1
print('hangul bad', bad)
count = 0
for cp in list(range(0, 0xD800, 7)) + list(range(0xE000, 0x32000, 7)):
    n = u.name(chr(cp), None)
    if n is not None:
        count += 1
        if u.lookup(n) != chr(cp):
            print('mismatch', hex(cp))
print('named', count)
t(u.category, 1)
t(u.category, 'ab')
t(u.category, '')
t(u.category)
t(u.name)
t(u.name, 'a', 'b', 'c')
t(u.name, '\x00', 5)
t(u.numeric, 'a')
t(u.numeric, 'a', 'dflt')
t(u.decimal, 'a')
t(u.digit, 'a')
t(u.decimal, 'a', 'b', 'c')
t(u.lookup, 5)
t(u.lookup)
t(u.UCD)
print(type(u.ucd_3_2_0).__name__, u.ucd_3_2_0.unidata_version, u.unidata_version, type(u.ucd_3_2_0) is u.UCD)
