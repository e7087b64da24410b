# chaining and grouping iterators by hand (no itertools)
def chain(*its):
    for it in its:
        yield from it
def groupby_sorted(seq, key):
    out = []
    for item in sorted(seq, key=key):
        k = key(item)
        if out and out[-1][0] == k:
            out[-1][1].append(item)
        else:
            out.append((k, [item]))
    return out
def chunks(seq, n):
    it = iter(seq)
    while True:
        block = []
        for _ in range(n):
            try:
                block.append(next(it))
            except StopIteration:
                if block:
                    yield block
                return
        yield block
print(list(chain("ab", [1, 2], range(2), {"k": 1})), list(chain()), sum(chain([1], (2,), {3})))
print(groupby_sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0]))
print(list(chunks(range(10), 3)), list(chunks([], 2)), list(chunks("abcd", 2)), [sum(c) for c in chunks(range(1, 10), 4)])
print(list(zip(*chunks(range(6), 2))), dict(groupby_sorted(range(10), key=lambda n: n % 3)))
