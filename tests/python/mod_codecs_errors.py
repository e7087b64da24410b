# Codec error handling: the standard handlers, custom handlers registered
# with _codecs.register_error, and the attributes and messages of
# UnicodeEncodeError / UnicodeDecodeError.
import _codecs as c


def show(f):
    try:
        print('ok', ascii(f()))
    except UnicodeError as e:
        print(type(e).__name__, '|', e, '|', e.encoding, ascii(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__, e)


# decode errors: exact ranges and reasons
for data in [b'\x80', b'ab\xff', b'\xc3', b'\xc3(', b'\xe2\x82', b'\xe2\x82(', b'\xe0\x80\x80', b'\xed\xa0\x80',
             b'\xf0\x9f\x98', b'\xf4\x90\x80\x80', b'\xf8\x88\x80\x80\x80', b'\xc0\xaf', b'ok\xe2']:
    show(lambda: data.decode('utf-8'))
    print(' ', ascii(data.decode('utf-8', 'replace')), ascii(data.decode('utf-8', 'ignore')),
          ascii(data.decode('utf-8', 'backslashreplace')), ascii(data.decode('utf-8', 'surrogateescape')))
show(lambda: b'a\x80b'.decode('ascii'))
show(lambda: b'\x00\xd8'.decode('utf-16-le'))
show(lambda: b'\x00\xdc\x00\x00'.decode('utf-16-le'))
show(lambda: b'abc'.decode('utf-16'))
show(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
show(lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'))
show(lambda: b'a\x80'.decode('ascii', 'xmlcharrefreplace'))
show(lambda: b'a\x80'.decode('ascii', 'namereplace'))
show(lambda: b'a\x00'.decode('utf-8', 'surrogateescape'))
show(lambda: b'\x80abc'.decode('utf-8', 'no-such-handler'))
print(ascii(b'abc'.decode('utf-8', 'no-such-handler')))

# encode errors
for s in ['a\xe9b', '\u20ac\u20ac!', 'x\U0001f600', '\udc80\udcff', '\ud800x']:
    for enc in ['ascii', 'latin-1', 'utf-8']:
        show(lambda: s.encode(enc))
        for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
            try:
                r = s.encode(enc, h)
            except UnicodeEncodeError as e:
                r = 'E(%d,%d)' % (e.start, e.end)
            print('  ', enc, h, r)

# handlers as callables
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    h = c.lookup_error(name)
    print(name, h.__name__ if hasattr(h, '__name__') else '')
    ee = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'bad')
    de = UnicodeDecodeError('ascii', b'a\xe9\xffb', 1, 3, 'bad')
    for e in (ee, de):
        try:
            print('  ', ascii(h(e)))
        except Exception as x:
            print('  ', type(x).__name__, x)
show(lambda: c.lookup_error('strict')(ValueError('plain')))
show(lambda: c.lookup_error('replace')(ValueError('plain')))


# custom handlers
def repl(e):
    if isinstance(e, UnicodeEncodeError):
        return ('[%s]' % e.object[e.start:e.end].encode('unicode_escape').decode(), e.end)
    return ('<%s>' % e.object[e.start:e.end].hex(), e.end)


c.register_error('test.repl', repl)
print('a\xe9\u20acb'.encode('ascii', 'test.repl'), 'a\u20acb'.encode('latin-1', 'test.repl'))
print(ascii(b'a\xff\xfeb'.decode('ascii', 'test.repl')), ascii(b'a\xff\xfeb'.decode('utf-8', 'test.repl')))
c.register_error('test.bytes', lambda e: (b'##', e.end))
print('a\xe9b'.encode('ascii', 'test.bytes'))
c.register_error('test.skip', lambda e: ('', e.end + 1))
print('a\xe9bc'.encode('ascii', 'test.skip'), ascii(b'a\xffbc'.decode('ascii', 'test.skip')))
c.register_error('test.back', lambda e: ('?', -1))
print(ascii(b'ab\xffc'.decode('ascii', 'test.back')))
c.register_error('test.bad', lambda e: 'nope')
show(lambda: 'a\xe9'.encode('ascii', 'test.bad'))
show(lambda: b'a\xe9'.decode('ascii', 'test.bad'))
c.register_error('test.far', lambda e: ('', 100))
show(lambda: 'a\xe9'.encode('ascii', 'test.far'))
c.register_error('test.nonascii', lambda e: ('\xe9', e.end))
show(lambda: 'a\u20ac'.encode('ascii', 'test.nonascii'))
print('a\u20ac'.encode('latin-1', 'test.nonascii'))


def raiser(e):
    raise KeyError('from handler')


c.register_error('test.raise', raiser)
show(lambda: 'a\xe9'.encode('ascii', 'test.raise'))
print(c.lookup_error('test.repl') is repl)

# exception objects
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(e, '|', e.args, e.start, e.end)
e.start, e.end, e.reason = 0, 2, 'changed'
print(e)
e = UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'nope')
print(e, '|', repr(e))
e = UnicodeEncodeError('ascii', 'ab\U0001f600', 2, 3, 'nope')
print(e)
e = UnicodeEncodeError('ascii', 'abc', 0, 3, 'nope')
print(e)
e = UnicodeTranslateError('\xe9', 0, 1, 'no map')
print(e, '|', e.object, e.start, e.end, e.reason)
show(lambda: UnicodeDecodeError('utf-8', 'str', 0, 1, 'x'))
show(lambda: UnicodeEncodeError('utf-8', b'b', 0, 1, 'x'))
show(lambda: UnicodeDecodeError('utf-8'))
print(isinstance(UnicodeDecodeError('a', b'', 0, 0, ''), ValueError), UnicodeEncodeError.__mro__[1].__name__)
