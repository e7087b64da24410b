# for loops over lists keep their iteration state inline
l = [1, 2, 3]
for x in l:
    print(x)
    if x == 2:
        l.append(4)
print(l)
for x in l:
    if x == 1:
        l.pop()
    print(x)
for x in []:
    print("never")
else:
    print("else")
out = []
for a in [1, 2]:
    for b in [3, 4]:
        out.append((a, b))
print(out)
print([x * 2 for x in l], {x for x in l}, {x: x for x in l}, list(x + 1 for x in l))
print([x + y for x in [1, 2] for y in [10, 20] if x != y])
def gen(seq):
    for x in seq:
        yield x
print(list(gen([5, 6, 7])))
g = (x for x in [1, 2, 3])
print(next(g), list(g))
class L(list):
    pass
for x in L([8, 9]):
    print(x)
it = iter([1, 2])
for x in it:
    print(x)
def f():
    for x in [1, 2, 3]:
        try:
            if x == 2:
                raise ValueError(x)
        except ValueError as e:
            print("caught", e)
        for y in [x]:
            pass
    return y
print(f())
def brk():
    for x in [1, 2, 3]:
        if x == 2:
            break
    for x in [4, 5]:
        pass
    return x
print(brk())
m = [[1, 2], [3, 4]]
for a, b in m:
    print(a + b)
print(sum(x for x in [1, 2, 3]), max([x for x in [3, 1, 2]]))
