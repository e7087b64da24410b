import marshal, _imp, _warnings, sys
vals = [None, True, False, ..., 0, -1, 2**31, -2**40, 2**100, -(2**70), 1.5, -0.0, 1e300, 2j, 1+2j, 'abc', 'é∑', '', b'xy', b'', (), (1, 2), tuple(range(300)), [1, [2, [3]]], {'a': 1, 2: (3,)}, {1, 2}, frozenset({'x'}), StopIteration]
for v in vals:
    r = marshal.loads(marshal.dumps(v))
    print(type(r).__name__, r == v or r is v)
print(marshal.loads(b'\xe9\xe8\x03\x00\x00'), marshal.loads(b'\xda\x03abc'), marshal.loads(b'\xa9\x02\xe9\x01\x00\x00\x00r\x00\x00\x00\x00'))
print(marshal.version)
for bad in [b'', b'i\x01', b'?', b'l\x01\x00\x00\x00\xff\xff']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print('ValueError', e)
print(type(_imp.source_hash(1, b'abc')).__name__, len(_imp.source_hash(1, b'abc')))
print(_imp.check_hash_based_pycs)
print(_imp.is_builtin('sys'), _imp.is_builtin('marshal'), _imp.is_builtin('nonexistent_mod'))
print(_imp.acquire_lock(), _imp.release_lock(), _imp.lock_held())
s = marshal.dumps({'k': [1, 2.5, (None, True)], 'b': b'x'})
print(marshal.loads(s))
