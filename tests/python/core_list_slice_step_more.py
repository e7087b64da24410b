# extended slicing with every step on lists, strings and tuples, checked against index arithmetic
seq = list(range(12))
for step in (1, 2, 3, 5, -1, -2, -4, 11, -11, 100, -100):
    for start, stop in ((None, None), (2, None), (None, 9), (3, 10), (-3, None), (None, -3), (10, 2), (-1, -12)):
        got = seq[start:stop:step]
        idx = range(len(seq))[start:stop:step]
        assert got == [seq[i] for i in idx]
        assert "".join(map(chr, range(65, 77)))[start:stop:step] == "".join(chr(65 + i) for i in idx)
        assert tuple(seq)[start:stop:step] == tuple(got)
    print(step, seq[::step], seq[2:9:step], seq[-3::step])
print("all slices consistent")
