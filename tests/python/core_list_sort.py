# list.sort stability, key functions, reverse stability, errors during sort
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda v: (v % 2, v))
print(nums)
words = "The quick Brown fox Jumps over the lazy dog".split()
words.sort(key=str.casefold)
print(words)
words.sort(key=len)
print(words)
mixed = [3, 1.5, True, 2]
mixed.sort()
print(mixed)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError", e)
def bad_key(v):
    if v == 2:
        raise ValueError("bad key")
    return v
l = [3, 2, 1]
try:
    l.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e, l)
big = list(range(100, 0, -1))
big.sort()
print(big[:5], big[-3:], big == sorted(big))
t = [(1, 'b'), (1, 'a'), (0, 'z')]
t.sort()
print(t, sorted(t, key=lambda p: p[1]), sorted([[], [1], [0, 5]]))
print(sorted([0.5, float("inf"), -1, 2 ** 70]), sorted(["b", "B", "a", "A"]))
