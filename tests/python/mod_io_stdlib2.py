# Python codecs from the encodings package inside TextIOWrapper (BOM
# codecs, incremental state, tell/seek cookies), codecs.open, StreamReader.
import io
import codecs
try:
    import os
    PID = os.getpid()
except ImportError:
    PID = 0
P = '/tmp/taipan_mod_io_stdlib2_%d' % PID

for enc in ['utf-16', 'utf-32', 'utf-8-sig', 'cp1252', 'iso8859-15', 'mac-roman', 'cp437', 'koi8-r', 'utf-7', 'unicode_escape']:
    text = 'line one\nl\xe9ne two\n\u20ac three\n' if enc not in ('cp437', 'koi8-r') else 'line one\nline two\n'
    if enc == 'koi8-r':
        text = '\u043f\u0440\u0438\u0432\u0435\u0442\n\u043c\u0438\u0440\n'
    with open(P, 'w', encoding=enc) as f:
        f.write(text)
        pos = f.tell()
    with open(P, 'rb') as f:
        raw = f.read()
    with open(P, encoding=enc) as f:
        first = f.readline()
        p = f.tell()
        rest = f.read()
        f.seek(p)
        again = f.read()
    print(enc, len(raw), raw[:12], ascii(first), rest == again, ascii(rest[:8]), pos == len(raw))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-16')
t.write('ab')
t.write('cd')
t.flush()
print(b.getvalue())
t.seek(0)
t.write('xy')
t.flush()
print(b.getvalue())
print(io.TextIOWrapper(io.BytesIO('\ufeffhi'.encode('utf-8')), encoding='utf-8-sig').read())
with codecs.open(P, 'w', 'utf-16-le') as f:
    f.write('codecs.open \xe9')
with codecs.open(P, 'r', 'utf-16-le') as f:
    print(ascii(f.read()))
r = codecs.getreader('utf-8')(io.BytesIO('a\xe9\nb\n'.encode()))
print(r.readlines())
d = codecs.getincrementaldecoder('utf-16')()
print(ascii(d.decode(b'\xff')), ascii(d.decode(b'\xfea')), ascii(d.decode(b'\x00', final=True)))
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'))
print(codecs.decode(b'x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15', 'zlib'))
print(codecs.encode(b'hello', 'base64'), codecs.encode('hello', 'rot13'), codecs.encode(b'hi', 'hex'))
print('b\xfccher'.encode('idna') if False else 'bücher.example'.encode('idna'), b'xn--bcher-kva'.decode('idna'))
print('\u00e9'.encode('punycode'))
for name in ['latin1', 'UTF8', 'utf_16_be', 'ascii', 'cp1252', 'u8', 'iso-8859-1']:
    print(name, codecs.lookup(name).name)
try:
    codecs.lookup('no-such')
except LookupError as e:
    print(e)
