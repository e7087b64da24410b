# Custom error handlers returning every kind of result, through the Go
# codecs (fixed LCG); errors of codecs outside CPython's fast paths are
# wrapped ("decoding with 'x' codec failed").
import _codecs as c
import _codecs
seed = [55]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n
log = []
def handler(e):
    kind = rnd(5)
    log.append((type(e).__name__, e.start, e.end))
    if kind == 0:
        return ('<%d:%d>' % (e.start, e.end), e.end)
    if kind == 1:
        return ('', e.end + rnd(2))
    if kind == 2:
        return ('?', e.end - len(e.object) - 1 + 1) if e.end < len(e.object) else ('?', e.end)
    if kind == 3 and isinstance(e, UnicodeEncodeError):
        return (b'#', e.end)
    return ('\xe9', e.end)
c.register_error('fz', handler)
alphabet = [0x41, 0x80, 0xff, 0xc3, 0xa9, 0xe2, 0x82, 0x00, 0xd8, 0xdc]
chars = ['a', '\xe9', '\u20ac', '\udc80', '\U0001f600']
for trial in range(800):
    if rnd(2):
        data = bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(7)))
        enc = ['utf-8', 'ascii', 'utf-16-le', 'utf-32-be', 'latin-1'][rnd(5)]
        try:
            r = ascii(data.decode(enc, 'fz'))
        except Exception as e:
            r = '%s %s' % (type(e).__name__, e)
        print(trial, data, enc, r, log)
    else:
        s = ''.join(chars[rnd(len(chars))] for _ in range(rnd(6)))
        enc = ['utf-8', 'ascii', 'utf-16-le', 'latin-1', 'utf-32'][rnd(5)]
        try:
            r = s.encode(enc, 'fz')
        except Exception as e:
            r = '%s %s' % (type(e).__name__, e)
        print(trial, ascii(s), enc, r, log)
    log.clear()
def search(name):
    if name == 'boom':
        def enc(s, errors='strict'):
            raise ValueError('bad input')
        def dec(b, errors='strict'):
            raise KeyError('k')
        class CI(tuple):
            pass
        return CI((enc, dec, None, None))
_codecs.register(search)
for f in [lambda: 'x'.encode('boom'), lambda: b'x'.decode('boom')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
