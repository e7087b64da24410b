# fizzbuzz written several ways: all must agree
def v1(n):
    out = []
    for i in range(1, n + 1):
        s = ""
        if i % 3 == 0:
            s += "Fizz"
        if i % 5 == 0:
            s += "Buzz"
        out.append(s or str(i))
    return out
def v2(n):
    return ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, n + 1)]
def v3(n):
    return [("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or f"{i}" for i in range(1, n + 1)]
def v4(n):
    words = {3: "Fizz", 5: "Buzz"}
    return ["".join(w for d, w in sorted(words.items()) if i % d == 0) or "%d" % i for i in range(1, n + 1)]
r = v1(30)
print(r)
print(r == v2(30) == v3(30) == v4(30), r.count("Fizz"), r.count("Buzz"), r.count("FizzBuzz"), ",".join(r[9:15]))
