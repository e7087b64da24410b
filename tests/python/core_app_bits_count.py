# counting bits and parity three ways that must agree
def pop1(n):
    return bin(n).count("1")
def pop2(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
def pop3(n):
    return sum((n >> i) & 1 for i in range(n.bit_length()))
nums = [0, 1, 2, 3, 255, 256, 1023, 2 ** 40 + 5, 2 ** 100 - 1, 12345678987654321]
for n in nums:
    a, b, c, d = pop1(n), pop2(n), pop3(n), n.bit_count()
    print(n, a, a == b == c == d, "even" if a % 2 == 0 else "odd", n.bit_length())
print([pop1(i) for i in range(16)], sum(pop2(i) for i in range(1024)), max(range(100), key=pop3))
