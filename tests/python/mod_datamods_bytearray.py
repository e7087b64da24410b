import _struct, zlib, binascii, _sha256, array
buf = bytearray(12)
_struct.pack_into('<ih', buf, 2, -1, 7)
print(buf, _struct.unpack_from('<ih', buf, 2), _struct.unpack('<3i', buf))
print(_struct.pack('3s', bytearray(b'ab')), _struct.pack('p', bytearray(b'ab')))
try:
    _struct.pack('c', bytearray(b'z'))
except _struct.error as e:
    print('error', e)
try:
    _struct.pack_into('i', b'1234', 0, 1)
except TypeError as e:
    print('TypeError', e)
print(list(_struct.iter_unpack('<h', bytearray(b'\x01\x00\x02\x00'))))
d = bytearray(b'hello hello hello')
print(zlib.decompress(zlib.compress(d)) == d, zlib.crc32(d), zlib.adler32(d))
print(binascii.hexlify(d), binascii.unhexlify(bytearray(b'6869')), binascii.b2a_base64(d), binascii.a2b_base64(bytearray(b'aGk=')))
print(_sha256.sha256(d).hexdigest())
a = array.array('h', [1, 2, 3])
print(array.array('h', bytearray(b'\x05\x00')), bytearray(a), bytes(a))
a.frombytes(bytearray(b'\x09\x00'))
print(a)
print(_struct.unpack('<3h', a[:3]))
_struct.pack_into('<h', a, 0, 100)
print(a)
