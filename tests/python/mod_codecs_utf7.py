# UTF-7: encoding, final and partial decoding, errors (random strings from a
# fixed LCG).
import _codecs as c
texts = ['', 'a', '+', 'a+b', 'hi Mom -\u263a-!', '\u65e5\u672c\u8a9e', 'A\u2262\u0391.', '~\\', '\U0001f600x', 'a\U0001f600-', '\ud800', '\ud800a', 'x\udc00\ud800y', '1 + 1 = 2', '\xe9-', '\xe9a', '\xe9\xe9\xe9\xe9']
for s in texts:
    e = c.utf_7_encode(s)
    print(ascii(s), e, ascii(c.utf_7_decode(e[0])))
data = [b'+', b'+-', b'+A', b'+AG', b'+AGE', b'+AGE-', b'+AGEA', b'+AGEAZQ', b'+AGEAZQ-x', b'a+2D3cAA-', b'+2D0-', b'+2D0x', b'\xff', b'+\xff', b'+!', b'+AGF-', b'+AGEAZQB', b'+2D3', b'+2D3cAA', b'a+ImIDkQ.', b'+ZeVnLIqe-']
for d in data:
    for final in (True, False):
        for errors in ('strict', 'replace'):
            try:
                r = c.utf_7_decode(d, errors, final)
                print(d, final, errors, ascii(r))
            except UnicodeDecodeError as e:
                print(d, final, errors, 'ERR', e.start, e.end, e.reason, e)
seed = [12345]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
alpha = ['a', 'Z', '0', '+', '-', '/', ' ', '\n', '~', '\\', '!', '\xe9', '\u20ac', '\U0001f600', '\ud800', '\udc00']
for i in range(120):
    s = ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(9)))
    e = c.utf_7_encode(s)[0]
    r = c.utf_7_decode(e)
    print(ascii(s), e, ascii(r[0]) == ascii(s), r[1])
    for k in range(len(e) + 1):
        print(' ', k, ascii(c.utf_7_decode(e[:k], 'replace', False)), ascii(c.utf_7_decode(e[:k], 'replace', True)))
