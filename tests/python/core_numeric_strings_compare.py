# numbers vs their string forms: sorting, comparing, converting
nums = [10, 9, 100, 1, 25, -3, 0]
strs = [str(n) for n in nums]
print(sorted(nums), sorted(strs), sorted(strs, key=int), sorted(nums, key=str), max(strs), max(strs, key=int), min(nums, key=lambda n: str(n)[::-1]))
print([int(s) for s in sorted(strs, key=len)], "10" < "9", 10 < 9, "10" == str(10), int("010") == 10, float("1e1") == 10)
print(list(map(int, "1 2 3".split())), sum(map(float, ["1.5", "2.5"])), [f"{n:03d}" for n in nums if n >= 0], sorted(f"{n:03d}" for n in nums if n >= 0))
print(str(1.0), str(1), str(1.0) == "1.0", repr(0.1) == str(0.1), str(-0.0), int(-0.0), str(int("-0")), str(2 ** 64))
