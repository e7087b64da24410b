# stdlib wrappers over the data modules (needs the import system)
import struct, zlib, gzip, binascii, base64, hashlib, bisect, heapq, array, unicodedata, random, io

print(struct.pack('>I', 7), struct.unpack('<2h', b'\x01\x00\x02\x00'), struct.calcsize('@iq'))
print(base64.b64encode(b'hello'), base64.b64decode('aGVsbG8='), base64.b16encode(b'\xff'), base64.b32encode(b'ab'))
print(binascii.hexlify(b'abc', '-'))
data = b'hello world ' * 100
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    f.write(data)
print(gzip.decompress(buf.getvalue()) == data, gzip.decompress(gzip.compress(data)) == data)
print(hashlib.sha256(b'abc').hexdigest(), hashlib.md5(b'abc').hexdigest(), hashlib.blake2b(b'abc', digest_size=8).hexdigest())
print(hashlib.new('sha3_256', b'x').hexdigest(), hashlib.shake_128(b'x').hexdigest(4), sorted(hashlib.algorithms_guaranteed))
print(bisect.bisect([1, 2, 3], 2), heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8]), list(heapq.merge([1, 4], [2, 3])))
a = array.array('i', [1, 2, 3])
print(a, struct.unpack('3i', a), sum(a))
print(unicodedata.normalize('NFKC', 'ﬁ'), ascii('\N{SNOWMAN}'))
random.seed(1234)
print(random.random(), random.randint(1, 10), random.choice('xyz'), random.sample(range(50), 3))
