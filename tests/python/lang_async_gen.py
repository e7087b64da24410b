class Tick:
    def __await__(self):
        yield "tick"

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

async def agen(n):
    for i in range(n):
        await Tick()
        yield i
    print("agen done")

class AIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

class ACM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Tick()
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow

async def main():
    out = []
    async for x in agen(3):
        out.append(x)
    else:
        out.append("else")
    async for y in AIter(2):
        out.append(y)
    print(out)
    print([x async for x in agen(2)])
    print({x: x * 2 async for x in AIter(2)})
    print({x async for x in agen(3) if x != 1})
    print([await z for z in [co(1), co(2)]])
    g = (x * 3 async for x in agen(2))
    print(type(g).__name__, [v async for v in g])
    async with ACM("a") as a, ACM("b") as b:
        print("body", a, b)
    async with ACM("s", True):
        raise ValueError("swallowed")
    try:
        async with ACM("n"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    return await ret_in_with()

async def ret_in_with():
    async with ACM("ret"):
        return "returned"

async def co(v):
    await Tick()
    return v

print(run(main()))

async def protocol():
    g = agen(2)
    print(g.__aiter__() is g, type(g).__name__, g.ag_running, g.ag_await, g.ag_code.co_name)
    print(await g.__anext__())
    print(await g.asend(None))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop again")

    async def closing():
        try:
            yield 1
            yield 2
        finally:
            print("closing cleanup")
    g = closing()
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("closed")

    async def catching():
        msg = "x"
        while True:
            try:
                yield msg
            except ValueError as e:
                msg = "caught " + str(e)
    g = catching()
    print(await g.asend(None))
    print(await g.athrow(ValueError("v")))
    print(await g.athrow(ValueError, "w"))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow raised", repr(e))

    async def ignoring():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    g = ignoring()
    await g.asend(None)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)

    async def sender():
        x = yield 1
        print("got", x)
        yield x * 2
    g = sender()
    print(await g.asend(None))
    print(await g.asend(21))
    aw = g.asend(None)
    try:
        await aw
    except StopAsyncIteration:
        print("sender done")
    try:
        await aw
    except RuntimeError as e:
        print(e)
    try:
        await sender().asend(5)
    except TypeError as e:
        print(e)

    async def raises_stop():
        yield 1
        raise StopAsyncIteration
    g = raises_stop()
    await g.asend(None)
    try:
        await g.asend(None)
    except RuntimeError as e:
        print(e, type(e.__cause__).__name__)
    await closing().aclose()
    print("unstarted aclose ok")
    return "end"

print(run(protocol()))

async def bad_iter():
    async for x in 5:
        pass
async def bad_iter2():
    class A:
        def __aiter__(self): return 1
    async for x in A():
        pass
async def bad_iter3():
    class A:
        def __aiter__(self): return self
        def __anext__(self): return 1
    async for x in A():
        pass
async def bad_with():
    async with 5:
        pass
async def bad_with2():
    class M:
        async def __aenter__(self): return 1
        def __aexit__(self, *a): return 1
    async with M():
        pass
for f in (bad_iter, bad_iter2, bad_iter3, bad_with, bad_with2):
    try:
        run(f())
    except TypeError as e:
        print(f.__name__, e)
