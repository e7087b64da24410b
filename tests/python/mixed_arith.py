print(7 / 2, 2 * 1.5, 1.5 * 2, 3 - 0.5, 0.5 + 1, 10 / 4, -7 / 2, 2**60 / 3, (2**53 + 1) / 1)
x = 0
for i in range(5):
    x = i / 2 + x * 1.5 - i
print(x)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(e)
for i in range(3):
    try:
        print(i / (i - 1))
    except ZeroDivisionError as e:
        print(e)
