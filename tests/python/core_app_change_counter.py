# counting ways to make change (combinatorics) with a 1-D DP list
def ways(amount, coins):
    table = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            table[a] += table[a - c]
    return table[amount]
print([ways(a, [1, 2, 5]) for a in range(11)], ways(100, [1, 5, 10, 25, 50]), ways(200, [1, 2, 5, 10, 20, 50, 100, 200]))
print(ways(0, []), ways(3, []), ways(7, [2, 4]), ways(1000, [1, 2, 5, 10]) % 1000007, len(str(ways(5000, [1, 2, 3, 5, 7]))))
