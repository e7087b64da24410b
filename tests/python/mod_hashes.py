import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
data = [b"", b"abc", b"x" * 1000, bytes(range(256)) * 3]
for d in data:
    for f in [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
              _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]:
        h = f(d)
        print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(_sha3.shake_128(d).hexdigest(20), _sha3.shake_256(d).hexdigest(7))
h = _sha256.sha256(b"ab"); c = h.copy(); h.update(b"c"); print(h.hexdigest(), c.hexdigest())
for kw in [dict(digest_size=20), dict(key=b"secret"), dict(salt=b"salty", person=b"me"), dict(fanout=2, depth=3, leaf_size=100, node_offset=5, node_depth=1, inner_size=16, last_node=True), dict(key=b"k" * 64, digest_size=1)]:
    for f in [_blake2.blake2b, _blake2.blake2s]:
        kw2 = dict(kw)
        if f is _blake2.blake2s:
            if "key" in kw2: kw2["key"] = kw2["key"][:32]
        b = f(b"hello" * 50, **kw2)
        b.update(b"more" * 40)
        print(f.__name__, kw2.keys(), b.digest_size, b.hexdigest())
for bad in [dict(digest_size=0), dict(salt=b"x" * 17), dict(depth=0), dict(key=b"k" * 65)]:
    try:
        _blake2.blake2b(**bad)
    except ValueError as e:
        print("ValueError", e)
try:
    _md5.md5("str")
except TypeError as e:
    print("TypeError", e)
print(_blake2.blake2b.SALT_SIZE if hasattr(_blake2.blake2b, "SALT_SIZE") else _blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_DIGEST_SIZE)
