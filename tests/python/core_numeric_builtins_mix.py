# abs/round/divmod/pow/sum/min/max over mixed numeric inputs
nums = [3, -2.5, 7, -10, 0.25, True, 2 ** 40]
print([abs(n) for n in nums], [round(n) for n in nums], [round(n, 1) for n in nums], sum(nums), min(nums), max(nums))
print([divmod(n, 3) for n in nums], [pow(n, 2) for n in nums], [n % 4 for n in nums], [n // 4 for n in nums])
print(sorted(nums), sorted(nums, key=abs), sum(abs(n) for n in nums), round(sum(nums) / len(nums), 4))
print(pow(2, 10, 1000), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(10, -2), pow(True, 5), pow(0, 0), pow(0.0, 0))
print(max(abs(-3), 2.9), min(round(2.5), 2.4), abs(round(-2.675, 2)), divmod(2 ** 70, 10 ** 10), sum(range(1, 11)) ** 2)
