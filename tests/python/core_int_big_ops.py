# big ints in every builtin: abs, divmod, pow, round, hash, bool, comparisons, conversion
big = 3 ** 100
neg = -big
print(big, neg, abs(neg) == big, divmod(big, 10 ** 20), divmod(neg, 10 ** 20), pow(big, 2, 10 ** 9 + 7), round(big, -40))
print(bool(big), bool(big - big), big > 10 ** 47, neg < -(10 ** 47), big == 3 ** 100, hash(big) == hash(3 ** 100), big.bit_length())
print(str(big)[:10], hex(big)[:12], oct(big)[-5:], bin(big)[-8:], f"{big:,}"[:15], f"{big:e}", float(big), int(float(big)) == big)
print(big // 3 ** 99, big % 7, big >> 100, big << 3 > big, big & 0xFFFF, big | 1 == big, big ^ big, ~big == -big - 1)
print(max(big, 2 ** 158), min(neg, -(2 ** 160)), sorted([big, neg, 0, 2 ** 158])[1:3] == [0, 2 ** 158], sum([big] * 3) == 3 * big)
print(int(str(big)) == big, int(hex(big), 16) == big, big.to_bytes(20, "big")[:4], int.from_bytes(big.to_bytes(20, "little"), "little") == big)
print(big * 0, big * -1 == neg, big ** 0, (-big) ** 1 == neg, 1 / big, big / big, (big + 1) / big > 1)
