import struct, bisect, heapq, array, unicodedata, binascii, zlib
print(struct.pack('>I', 7), struct.unpack('<2h', b'\x01\x00\x02\x00'), struct.calcsize('@iq'), struct.Struct('i').size)
print(bisect.bisect([1, 2, 3], 2), bisect.insort, heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8]), list(heapq.merge([1, 4], [2, 3])))
a = array.array('i', [1, 2, 3])
print(a, struct.unpack('3i', a), sum(a))
import _sha512
print(_sha512.sha512(b'x').hexdigest()[:16])
