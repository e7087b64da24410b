# truthiness of every builtin type in if/while/and/or/not
vals = [0, 1, -1, 0.0, 0.1, -0.0, 0j, 1j, "", "0", " ", b"", b"\x00", [], [0], (), ((),), {}, {0: 0}, set(), {0}, frozenset(),
        range(0), range(1), None, True, False, bytearray(), bytearray(1), float("nan"), [[]], ...]
for v in vals:
    r = "T" if v else "F"
    print(repr(v), r, bool(v), not v, v or "or", v and "and")
n = 3
while n:
    n -= 1
print(n, [x for x in vals if x][:5], sum(1 for x in vals if not x))
class T:
    def __len__(self):
        return 3
print(bool(T()), "yes" if T() else "no", not T(), T() and 1, [] or T().__len__())
