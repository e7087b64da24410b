# Random byte strings through the _codecs decoders with every standard
# error handler, final and partial (fixed LCG). (unicode_escape is left
# out: CPython warns about invalid escapes, and Taipan has no warnings yet.)
import _codecs as c
seed = [99]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n
alphabet = [0x00, 0x41, 0x5c, 0x0a, 0x0d, 0x2b, 0x2d, 0x75, 0x55, 0x78, 0x4e, 0x7b, 0x7d, 0x30, 0x37, 0x66, 0x80, 0xbf, 0xc2, 0xc3, 0xe0, 0xe2, 0xed, 0xa0, 0xf0, 0xf4, 0x90, 0xff, 0xfe, 0xd8, 0xdc]
decs = ['utf_8_decode', 'utf_16_le_decode', 'utf_16_be_decode', 'utf_16_decode', 'utf_32_le_decode', 'utf_32_decode', 'raw_unicode_escape_decode', 'utf_7_decode']
for trial in range(2500):
    data = bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(9)))
    name = decs[rnd(len(decs))]
    errors = ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass'][rnd(6)]
    final = rnd(2) == 0
    try:
        r = getattr(c, name)(data, errors, final)
        print(trial, name, errors, final, data, ascii(r))
    except UnicodeDecodeError as e:
        print(trial, name, errors, final, data, 'E', e.start, e.end, e.reason, e.encoding)
    except Exception as e:
        print(trial, name, errors, final, data, 'X', type(e).__name__, e)
for trial in range(300):
    data = bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(9)))
    for name in ['ascii_decode', 'latin_1_decode']:
        try:
            print(name, ascii(getattr(c, name)(data, 'replace')))
        except Exception as e:
            print(name, type(e).__name__, e)
