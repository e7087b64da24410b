import _struct as struct

def show(f, *a):
    try:
        r = struct.pack(f, *a)
        print(f, [type(x).__name__ if type(x).__name__ in 'IF' else x for x in a], r)
        try:
            print('  ->', struct.unpack(f, r))
        except Exception as e:
            print('  unpack', type(e).__name__, e)
    except Exception as e:
        print(f, [type(x).__name__ if type(x).__name__ in 'IF' else x for x in a], type(e).__name__, e)

codes = 'bBhHiIlLqQnNP'
vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
        2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
        2**64 - 1, 2**64, -2**64, 2**100, -2**100, True]
for order in ['', '@', '=', '<', '>', '!']:
    for c in codes:
        for v in vals:
            show(order + c, v)

for order in ['', '<', '>']:
    for c in 'efd':
        for v in [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e-5, 1e-8, 6e-8, 3e-8, 65504.0, 65519.0, 65520.0, 1e38, 3.5e38, 1e300,
                  float('inf'), float('-inf'), 1, -7, 2**70, True, 5.960464477539063e-08, 2.9802322387695312e-08,
                  2.980232238769532e-08, 1.0009765625, 1.00048828125, 1.00146484375, 'x', None]:
            show(order + c, v)
    for v in [float('nan'), -float('nan')]:
        for c in 'efd':
            r = struct.pack(order + c, v)
            print(c, r, struct.unpack(order + c, r))

class I:
    def __index__(self):
        return 42
class F:
    def __float__(self):
        return 2.5
show('i', I())
show('d', F())
show('d', I())
show('i', F())
show('i', 1.5)
show('?', [])
show('?', [1])
show('?', 0)
show('c', b'a')
show('c', b'ab')
show('c', 'a')
show('c', 97)
show('3s', b'abcdef')
show('3s', b'a')
show('0s', b'a')
show('s', 'a')
show('5p', b'ab')
show('5p', b'abcdefgh')
show('1p', b'abc')
show('0p', b'abc')
show('300p', b'x' * 400)
show('2i', 1)
show('2i', 1, 2, 3)
show('i')
show('x')
show('3x')
show('')
print(struct.unpack('5p', b'\x09abcd'))
print(struct.unpack('?', b'\x02'))
print(struct.unpack('c', b'\xff'))
for f in ['', 'x', 'c', 'bi', 'ib', '@bi', '=bi', 'bq', 'bd', 'b e', 'bP', '3s i', 'hcb', 'ic', 'c2h', '0i', '0q', 'b0q',
          '3x', '10s', '10p', 'cc3xh', ' i ', '\ti\n', '<l', '@l', '@n', '@N', '@P', '=?', '2c0l']:
    print(repr(f), struct.calcsize(f))
for f in ['<n', '>N', '=P', 'y', 'i!', '1', '12', ' 3', 'i3', '3 i', '@@i', '99999999999999999999i',
          '9223372036854775807s', '9223372036854775807x x', '4611686018427387904q', b'>i', b'z', 5, None]:
    try:
        print(repr(f), struct.calcsize(f))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
