# A set that contains itself (through an object) prints name(...);
# frozenset(fs) is fs; building from a dict or set and set-minus-dict do
# not hash the keys again.
class W:
    def __repr__(self): return repr(self.value)
w = W()
s = {w}
w.value = s
print(repr(s))
w2 = W()
f = frozenset([w2])
w2.value = f
print(repr(f))
fs = frozenset(range(3))
print(frozenset(fs) is fs, set(fs) is fs, type(frozenset(fs)))
class FS(frozenset): pass
print(type(FS(fs)), FS(fs) is fs)
class H(int):
    hashes = 0
    def __hash__(self):
        H.hashes += 1
        return int.__hash__(self)
d = dict.fromkeys(map(H, range(5)))
print(H.hashes)
s = set(d)
s.difference(d)
s.symmetric_difference_update(d)
d2 = dict.fromkeys(set(d))
d3 = dict.fromkeys(frozenset(d), 1)
print(H.hashes, sorted(d2), sorted(d3.items()))
