# control flow: if/elif/else, while, for, break/continue, else clauses
def classify(n):
    if n < 0:
        return -1
    elif n == 0:
        return 0
    else:
        return 1

print(classify(-5), classify(0), classify(7))
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(i, total)
for n in range(3):
    print(n)
else:
    print(100)
for n in range(10):
    if n == 2:
        break
else:
    print(200)
for c in (1, 2, 3):
    print(c * c)
for x in [4, 5]:
    for y in range(2):
        print(x, y)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
print(1 if count > 3 else 2, 0 or 7, 3 and 4, not 0, 1 < 2 < 3, 3 > 2 > 5)
