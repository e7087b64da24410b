import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for tc in 'bBhHiIlLqQ':
    for v in [0, 1, 127, 2**64, -2**64, 2**63, -2**63 - 1, 2**32, -1, 256, 65536, 2**31, -129, -32769, -2**31 - 1, 1.5, 'x', None, True]:
        try:
            a = array.array(tc, [v])
            print(tc, v, a, a[0], a.tobytes())
        except Exception as e:
            print(tc, v, type(e).__name__, e)
for tc in 'fdu':
    for v in ['x', 1, 1.5, 'ab', None, 2**2000, 0.1, 1e300]:
        try:
            a = array.array(tc, [v])
            print(tc, v, a, a.tobytes())
        except Exception as e:
            print(tc, repr(v)[:20], type(e).__name__, e)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, a.typecode, repr(a), len(a))
t(array.array, 'x')
t(array.array, 1)
t(array.array, 'ii')
t(array.array)
t(array.array, 'b', 'abc')
t(array.array, 'u', b'abcd')
t(array.array, 'u', b'ab')
t(array.array, 'b', array.array('u', 'a'))
t(array.array, 'u', array.array('b', [1]))
t(array.array, 'b', 5)
t(array.array, 'i', [1], 2)
t(array.array, 'i', typecode='i')
a = array.array('i', [1, 2, 3])
t(a.__add__, [1])
try:
    a += [1]
except TypeError as e:
    print('TypeError', e)
t(a.__setitem__, slice(0, 1), [1])
t(a.__add__, array.array('b'))
t(a.index, 5)
t(a.remove, 5)
t(a.pop, 10)
t(array.array('i').pop)
t(a.__getitem__, 10)
t(a.__setitem__, 10, 1)
t(a.frombytes, b'abc')
t(a.fromunicode, 'x')
t(a.tounicode)
t(a.__getitem__, 'x')
t(a.extend, 5)
t(a.extend, array.array('b'))
t(a.fromlist, (1,))
t(a.fromlist, [1, 'x'])
print(a)
print(a * 2, 2 * a, a * -1, a + a)
t(a.insert, 'x', 1)
print('x' in a, 2 in a, 2.0 in a, a.count(2), a.count('x'))
t(array.array('u', 'x').__setitem__, 0, 5)
print(repr(array.array('u', 'abc')), repr(array.array('d')), repr(array.array('f', [1.5])), array.typecodes, array.ArrayType)

a = array.array('h', range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[5:2], a[-1], a[0])
a[2:5] = array.array('h', [100, 200])
print(a)
a[::3] = array.array('h', [-1, -2, -3])
print(a)
t(a.__setitem__, slice(None, None, 2), array.array('h', [1]))
del a[1]
del a[::2]
print(a)
del a[1:3]
print(a, len(a))
a.append(7)
a.extend([8, 9])
a.extend(array.array('h', [10]))
a.insert(0, -5)
a.insert(100, 99)
a.insert(-2, 42)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(9)
a.reverse()
print(a, a.index(8), a.tolist())
t(a.index, 8, 3)
print(a.index(7, -3))
b = array.array('H', [1, 2, 258])
b.byteswap()
print(b, b.tobytes())
c = array.array('d', [1.0, 2.5])
c.frombytes(array.array('d', [3.25]).tobytes())
print(c, c.tolist(), c.tobytes())
u = array.array('u', 'héllo')
u.fromunicode(' wörld')
print(u, u.tounicode(), len(u), u[1], u.tobytes()[:8])
x = array.array('i', [1, 2, 3])
y = array.array('i', [1, 2, 4])
z = array.array('b', [1, 2, 3])
print(x == y, x < y, x == z, x != z, x <= z, x > array.array('i', [1, 2]), x == [1, 2, 3], array.array('f', [0.5]) == array.array('d', [0.5]))
x += y
print(x)
x *= 2
print(x)
x *= 0
print(x, len(x))
t(hash, x)
print(list(array.array('b', [5, 6, 7])), [i for i in array.array('B', b'\x01\x02')])
print(array.array('b', b'\x01\xff'), array.array('i', array.array('b', [1, -1])), array.array('d', range(3)))
n = array.array('q', [2**63 - 1, -2**63])
q = array.array('Q', [2**64 - 1])
print(n, q, q[0], n.tobytes())
class A(array.array):
    pass
s = A('i', [1, 2])
s.extra = 5
print(s, type(s).__name__, s.extra, s[0:1], type(s[0:1]).__name__, isinstance(s, array.array))
print(a.__copy__(), type(s.__copy__()).__name__)
print(array.array('i', [1, 2]).__reduce_ex__(2)[1])
