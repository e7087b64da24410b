# The _codecs functions the encodings package wraps, with final/partial
# decoding and the (output, consumed) results.
import _codecs as c


def show(f):
    try:
        print('ok', ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)


text = 'A\xe9\u20ac\U0001f600z'
for name in ['utf_8', 'utf_16', 'utf_16_le', 'utf_16_be', 'utf_32', 'utf_32_le', 'utf_32_be']:
    enc = getattr(c, name + '_encode')(text)
    dec = getattr(c, name + '_decode')(enc[0])
    print(name, enc, ascii(dec))
for name in ['latin_1', 'ascii']:
    print(name, getattr(c, name + '_encode')('abc'), getattr(c, name + '_decode')(b'abc'))
print(c.latin_1_decode(b'\xe9\xff'), ascii(c.latin_1_decode(b'\xe9\xff')[0]))

# partial decoding keeps incomplete sequences
data = '\u20ac\u20ac'.encode('utf-8')
for i in range(len(data) + 1):
    print(i, ascii(c.utf_8_decode(data[:i], 'strict', False)), ascii(c.utf_8_decode(data[:i], 'replace', True)))
u16 = 'a\U0001f600'.encode('utf-16-le')
for i in range(len(u16) + 1):
    print(i, ascii(c.utf_16_le_decode(u16[:i], 'strict', False)))
print(c.utf_16_ex_decode(b'\xff\xfea\x00'), c.utf_16_ex_decode(b'\xfe\xff\x00a'), c.utf_16_ex_decode(b'a\x00', 'strict', 1))
print(c.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'))
print(c.utf_16_encode('a', 'strict', -1), c.utf_16_encode('a', 'strict', 1), c.utf_32_encode('a', None, 0))

# escape codecs
print(c.escape_encode(b'a\'b"\\\x00\x7f\n\t\r'))
print(c.escape_decode(b'a\\x41\\101\\n\\t\\\\\\n'))
print(c.escape_decode('\\x41'))
show(lambda: c.escape_decode(b'\\x4'))
show(lambda: c.escape_decode(b'abc\\'))
print(c.unicode_escape_encode('a\xe9\u20ac\U0001f600\n\\\'"'))
print(ascii(c.unicode_escape_decode(b'a\\xe9\\u20ac\\U0001f600\\n\\N{EURO SIGN}\\101')))
print(ascii(c.unicode_escape_decode(b'\\u20', 'strict', False)), ascii(c.unicode_escape_decode(b'ab\\', 'strict', False)))
show(lambda: c.unicode_escape_decode(b'\\u20'))
show(lambda: c.unicode_escape_decode(b'\\N{NO SUCH NAME}'))
show(lambda: c.unicode_escape_decode(b'\\U00110000'))
show(lambda: c.unicode_escape_decode(b'x\\'))
print(ascii(c.unicode_escape_decode(b'\\u20xy\\x4', 'replace')))
print(c.raw_unicode_escape_encode('a\xe9\u20ac\U0001f600\\'))
print(ascii(c.raw_unicode_escape_decode(b'a\\u20ac\\\\u20ac\\U0001f600\xe9\\x')))
show(lambda: c.raw_unicode_escape_decode(b'\\u12'))

# charmap
table = 'abc\ufffe'
print(c.charmap_decode(b'\x00\x01\x02', 'strict', table))
show(lambda: c.charmap_decode(b'\x03', 'strict', table))
show(lambda: c.charmap_decode(b'\x09', 'strict', table))
print(ascii(c.charmap_decode(b'\x00\x09\x01', 'replace', table)))
print(c.charmap_decode(b'\x00\x01', 'strict', {0: 'x', 1: 0x41}))
m = c.charmap_build('abc')
print(c.charmap_encode('cab', 'strict', m))
show(lambda: c.charmap_encode('abz', 'strict', m))
print(c.charmap_encode('abz', 'replace', {97: 1, 98: b'BB', 63: 63}))
print(c.charmap_encode('\xe9', 'strict', None), ascii(c.charmap_decode(b'\xe9', 'strict', None)))
print(c.readbuffer_encode(b'xyz'), c.readbuffer_encode('h\xe9'))

# argument errors
show(lambda: c.utf_8_encode(b'x'))
show(lambda: c.utf_8_decode('x'))
show(lambda: c.utf_8_encode('x', 5))
show(lambda: c.utf_8_decode())
show(lambda: c.lookup(5))
show(lambda: c.lookup_error('no-such-handler'))
show(lambda: c.register_error('x', 5))
show(lambda: c.register(5))
show(lambda: 'x'.encode('no-such-encoding'))
show(lambda: b'x'.decode('no-such-encoding'))

# str.encode / bytes.decode share the codecs
print('h\xe9'.encode(), 'h\xe9'.encode('latin-1'), 'h\xe9'.encode('UTF-16-LE'), 'h\xe9'.encode(encoding='utf_32_be'))
print(ascii(b'h\xc3\xa9'.decode()), ascii(b'h\xe9'.decode('Latin1')), ascii(b'h\xe9'.decode('iso-8859-1')), ascii(b'\xff\xfeh\x00'.decode('utf-16')))
print(ascii(str(b'h\xc3\xa9', 'utf-8')), ascii(str(b'h\xe9', encoding='latin-1')), ascii(str(b'\xff', 'ascii', 'replace')), ascii(str(b'ab', errors='strict')))
print(bytes('h\xe9', 'utf-8'), bytes('h\xe9', 'latin-1'))
show(lambda: str('x', 'utf-8'))
show(lambda: 'x'.encode(5))
show(lambda: 'x'.encode('utf-8', 5))
show(lambda: 'x'.encode(bogus=1))
show(lambda: b'x'.decode('utf-8', 'strict', 'extra'))
print(ascii('\ud800'.encode('utf-8', 'surrogatepass')), ascii(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
print('\ud800\udc00'.encode('utf-16-le', 'surrogatepass'), ascii(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass')))
