# Lone surrogates in str (surrogateescape / surrogatepass round trips,
# length, indexing, iteration, chr/ord).
s = b'caf\xe9 \xff'.decode('utf-8', 'surrogateescape')
print(len(s), ascii(s), ascii(s[3]), ascii(s[-1]), ascii(s[2:5]), [ascii(c) for c in s[3:]])
print(s.encode('utf-8', 'surrogateescape'), s.encode('latin-1', 'surrogateescape'))
print(ord(s[3]), hex(ord(s[-1])), ascii(chr(0xdc80)), len(chr(0xd800)), ascii(chr(0xd800) + chr(0xdc00)))
p = '\ud83d\ude00'
print(len(p), p.encode('utf-8', 'surrogatepass'), p.encode('utf-16-le', 'surrogatepass'), p.encode('utf-32-be', 'surrogatepass'))
print(ascii(b'\xed\xa0\xbd\xed\xb8\x80'.decode('utf-8', 'surrogatepass')), ascii(b'=\xd8\x00\xde'.decode('utf-16-le', 'surrogatepass')))
print(ascii(b'=\xd8\x00\xde'.decode('utf-16-le')))
for h in ['strict', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'ignore', 'namereplace']:
    try:
        print(h, p.encode('utf-8', h), s.encode('ascii', h))
    except UnicodeEncodeError as e:
        print(h, e)
print(ascii(s.encode('utf-8', 'surrogateescape').decode('utf-8', 'surrogateescape')) == ascii(s))
try:
    '\udc41'.encode('utf-8', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
try:
    b'\x41'.decode('utf-8', 'surrogateescape')
    b'\x00\xd8'.decode('utf-16-le', 'surrogateescape')
except UnicodeDecodeError as e:
    print(e)
print(ascii('\udcff'.encode('unicode_escape')), ascii('\udcff'.encode('raw_unicode_escape')), ascii(b'\\udcff'.decode('unicode_escape')))
