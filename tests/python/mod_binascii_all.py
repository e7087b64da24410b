import binascii as b

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

data = [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\xff\x10', bytes(range(256)), b'hello world\n' * 3]
for d in data:
    t(b.hexlify, d)
    t(b.b2a_base64, d)
    t(b.b2a_base64, d, newline=False)
    t(b.crc32, d)
    t(b.crc32, d, 12345)
    t(b.crc_hqx, d, 0)
    t(b.crc_hqx, d, 0xffff)
    if len(d) <= 45:
        t(b.b2a_uu, d)
        t(b.b2a_uu, d, backtick=True)
        t(b.a2b_uu, b.b2a_uu(d))
    t(b.a2b_base64, b.b2a_base64(d))
    t(b.unhexlify, b.hexlify(d))
for sep in ['-', b':', ' ']:
    for per in [1, 2, 3, -1, -2, -3, 0, 10, -10]:
        t(b.hexlify, b'\x01\x02\x03\x04\x05\x06\x07', sep, per)
t(b.hexlify, b'abc', sep='xx')
t(b.hexlify, b'abc', 1)
t(b.hexlify, b'abc', '-', 1.5)
t(b.hexlify, b'')
t(b.hexlify, 'abc')
t(b.hexlify, b'abc', '-', bytes_per_sep=2)
t(b.b2a_hex, b'\xab\xcd', '.')
t(b.unhexlify, 'abc')
t(b.unhexlify, 'zz')
t(b.unhexlify, 'ABcd')
t(b.unhexlify, 'é')
t(b.unhexlify, 5)
t(b.unhexlify, hexstr='ab')
t(b.a2b_hex, b'0102')
for s in [b'', b'YQ==', b'YQ', b'YQ=', b'YWI=', b'YWJj', b'Y', b'YWJjZ', b'YW Jj\n', b'=YWJj', b'YW==Jj', b'YWJj====',
          b'YQ==YQ==', b'Y=Q==', b'YQ=\n=', b'!!YWJj', b'YWJjZA==x', b'YWJjZA=', 'YWJj', b'YQ===', b'YWJ=']:
    t(b.a2b_base64, s)
    t(b.a2b_base64, s, strict_mode=True)
t(b.a2b_base64, 'é')
t(b.a2b_base64, 3)
t(b.a2b_base64)
t(b.a2b_base64, b'', b'')
t(b.b2a_base64, 'x')
for s in [b'abc', b'a=3Db', b'a=\nb', b'a=\r\nb', b'a==b', b'a=zz', b'a_b', b'=4', b'=', b'=4a=4A', b'a=\rxx\nb']:
    t(b.a2b_qp, s)
    t(b.a2b_qp, s, header=True)
qp = [b'hello', b'a=b', b'tab\there', b'trailing space ', b'trailing tab\t', b'line1\nline2', b'crlf\r\nline\r\n',
      b'x' * 100, b'y' * 75 + b'\n' + b'z' * 80, b'.', b'.\n', b'a\n.\n', b'\x00\x01\xff', b'under_score and space',
      b'space at end \nnext', b'\r', b'a\rb', b'=' * 30, b'x' * 74 + b'=', b' ' * 80]
for s in qp:
    t(b.b2a_qp, s)
    t(b.b2a_qp, s, quotetabs=True)
    t(b.b2a_qp, s, istext=False)
    t(b.b2a_qp, s, header=True)
    t(b.a2b_qp, b.b2a_qp(s))
for s in [b'', b' ', b'!', b'#86)C\n', b'#86)C', b'#86)C  \n', b'#86)Cxx\n', b'$86)C', b'!\x01', b'`\n', b'M' + b'a' * 60]:
    t(b.a2b_uu, s)
t(b.b2a_uu, b'x' * 46)
t(b.a2b_uu, 'é')
t(b.crc32)
t(b.crc32, b'a', 2**40)
t(b.crc32, b'a', -1)
t(b.crc_hqx, b'a')
t(b.crc_hqx, b'a', 2**20 + 5)
print(b.Error.__mro__, b.Incomplete.__mro__)
try:
    b.unhexlify('a')
except ValueError as e:
    print('ValueError caught', type(e).__name__)
