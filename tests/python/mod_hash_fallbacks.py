import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(r if isinstance(r, (str, bytes, int)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

data = [b'', b'abc', b'a' * 63, b'a' * 64, b'a' * 65, b'x' * 127, b'x' * 128, b'x' * 129, b'hello world' * 100]
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for c in ctors:
    h0 = c()
    print(h0.name, h0.digest_size, h0.block_size, type(h0).__name__, type(h0).__module__)
    for d in data:
        h = c(d)
        print(' ', h.hexdigest())
    h = c()
    h.update(b'abc')
    g = h.copy()
    g.update(b'def')
    h.update(b'def')
    print(' copy', g.hexdigest() == h.hexdigest(), h.digest() == c(b'abcdef').digest())
for c in [_sha3.shake_128, _sha3.shake_256]:
    h = c(b'abc')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(0), h.hexdigest(100), h._rate_bits, h._capacity_bits, h._suffix)
    t(h.digest)
    t(h.digest, -1)
h = _sha3.sha3_256()
print(h._rate_bits, h._capacity_bits, h._suffix)
print(_blake2.blake2b(b'abc', digest_size=20).hexdigest(), _blake2.blake2s(b'abc', digest_size=5).hexdigest())
print(_blake2.blake2b(b'abc', key=b'secret').hexdigest())
print(_blake2.blake2s(b'abc', key=b'secret', salt=b'salt', person=b'me').hexdigest())
print(_blake2.blake2b(b'abc', salt=b's' * 16, person=b'p' * 16, fanout=2, depth=3, leaf_size=1000, node_offset=5,
                      node_depth=1, inner_size=32, last_node=True).hexdigest())
print(_blake2.blake2s(b'abc', fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255,
                      inner_size=32, last_node=True).hexdigest())
print(_blake2.blake2b(key=b'k' * 64).hexdigest(), _blake2.blake2b(b'x' * 300, key=b'k').hexdigest())
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2b.PERSON_SIZE, _blake2.blake2b.MAX_KEY_SIZE, _blake2.blake2b.MAX_DIGEST_SIZE,
      _blake2.blake2s.SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE)
t(_blake2.blake2b, digest_size=65)
t(_blake2.blake2b, digest_size=0)
t(_blake2.blake2s, key=b'k' * 33)
t(_blake2.blake2s, salt=b's' * 9)
t(_blake2.blake2s, person=b's' * 9)
t(_blake2.blake2b, fanout=256)
t(_blake2.blake2b, depth=0)
t(_blake2.blake2b, node_depth=256)
t(_blake2.blake2b, inner_size=65)
t(_sha256.sha256, 'x')
t(_sha256.sha256, string=b'x')
t(_sha256.sha256, b'x', usedforsecurity=False)
t(_sha256.sha256().update, 'x')
t(_sha256.sha256, 1)
t(_sha256.sha256().update)
t(_sha256.sha256().digest, 1)
t(_sha3.sha3_256, data=b'x')
t(_sha3.sha3_256, b'x', usedforsecurity=False)
t(_md5.md5, data=b'x')
t(_md5.md5, b'a', b'b')
print(_sha3.implementation, _sha3.keccakopt)
