# exceptions raised inside generators propagate through consuming builtins
def gen(n, fail_at):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"failed at {i}")
        yield i
consumers = [("list", list), ("tuple", tuple), ("sum", sum), ("max", max), ("min", min), ("sorted", sorted), ("set", set),
             ("dict.fromkeys", dict.fromkeys), ("any", lambda g: any(x > 100 for x in g)), ("all", lambda g: all(x < 100 for x in g)),
             ("join", lambda g: ",".join(map(str, g))), ("enumerate", lambda g: list(enumerate(g))), ("zip", lambda g: list(zip(g, g))),
             ("map", lambda g: list(map(str, g))), ("filter", lambda g: list(filter(None, g))), ("bytes", bytes), ("str.join", "".join)]
for name, f in consumers:
    try:
        print(name, f(gen(5, 3)))
    except ValueError as e:
        print(name, "ValueError", e)
    except TypeError as e:
        print(name, "TypeError", e)
print(any(x > 1 for x in gen(5, 3)), all(x < 1 for x in gen(5, 3)), next(gen(5, 3)), list(gen(3, 10)))
