# Random strings (with lone surrogates) through str.encode for the Go
# codecs and every standard error handler (fixed LCG).
seed = [7]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n
chars = ['a', '\x00', '\x7f', '\x80', '\xe9', '\xff', '\u0100', '\u20ac', '\ud800', '\udc80', '\udcff', '\udfff', '\U0001f600', '\n', '\\', '+', '~', '&']
encs = ['ascii', 'latin-1', 'utf-8', 'utf-16', 'utf-16-be', 'utf-32-le', 'unicode_escape', 'raw_unicode_escape', 'utf-7', 'charmap']
for trial in range(1500):
    s = ''.join(chars[rnd(len(chars))] for _ in range(rnd(7)))
    enc = encs[rnd(len(encs))]
    h = ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass'][rnd(8)]
    try:
        print(trial, enc, h, ascii(s), s.encode(enc, h))
    except UnicodeEncodeError as e:
        print(trial, enc, h, ascii(s), 'E', e.start, e.end, e.reason, e.encoding)
    except Exception as e:
        print(trial, enc, h, ascii(s), 'X', type(e).__name__, e)
