a = []
for i in range(100000):
    a = [a]
try:
    print(repr(a)[:10])
except RecursionError as e:
    print(e)
b = []
for i in range(100000):
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print(e)
