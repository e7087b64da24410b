# user iterables and iterators consumed by every builtin that iterates
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1
class Squares:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
c = Countdown(4)
print(list(c), tuple(c), set(c) == {1, 2, 3, 4}, sorted(c), sum(c), max(c), min(c), list(enumerate(c)), list(zip(c, c)), list(map(str, c)))
print(list(filter(lambda v: v % 2, c)), any(v > 3 for v in c), all(c), dict.fromkeys(c), "-".join(map(str, c)), list(reversed(list(c))))
s = Squares(4)
print(next(s), list(s), list(s), sum(Squares(3)), sorted(Squares(3), reverse=True), list(zip(Squares(2), Countdown(5))))
print(3 in Countdown(5), 10 in Countdown(5), 9 in Squares(5), bytes(Countdown(3)), bytearray(Squares(3)))
