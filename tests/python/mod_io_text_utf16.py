# TextIOWrapper over the BOM-less UTF-16/32 codecs (Go codecs): newline
# translation, small chunks, tell/seek.
import _io
for enc in ['utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']:
    b = _io.BytesIO()
    t = _io.TextIOWrapper(b, encoding=enc, newline='\r\n')
    t.write('a\xe9\n\U0001f600b\n')
    t.flush()
    print(enc, b.getvalue())
    t = _io.TextIOWrapper(_io.BytesIO(b.getvalue()), encoding=enc)
    t._CHUNK_SIZE = 3
    print(ascii(t.readline()), t.tell(), ascii(t.readline()), t.tell(), ascii(t.read()))
    t.seek(0)
    print(ascii(t.read(2)), t.tell())
