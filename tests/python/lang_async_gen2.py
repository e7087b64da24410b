class Tick:
    def __await__(self):
        yield "tick"
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def agen():
    try:
        for i in range(10):
            await Tick()
            yield i
    finally:
        await Tick()
        print("agen finally")

async def early_return():
    g = agen()
    try:
        async for x in g:
            if x == 2:
                return x
    finally:
        await g.aclose()

async def exc_in_handler():
    try:
        raise ValueError("v")
    except ValueError as e:
        await Tick()
        try:
            raise KeyError("k")
        except KeyError as k:
            return repr(k.__context__)

async def await_in_finally():
    log = []
    try:
        try:
            log.append("body")
            raise RuntimeError("boom")
        finally:
            await Tick()
            log.append("finally")
    except RuntimeError:
        log.append("caught")
    return log

async def nested_comp():
    async def aiter_(n):
        for i in range(n):
            yield i
    return [[y async for y in aiter_(x)] async for x in aiter_(3)]

async def genexp_in_async():
    async def aiter_(n):
        for i in range(n):
            await Tick()
            yield i
    g = (x * 2 async for x in aiter_(3))
    out = []
    async for v in g:
        out.append(v)
    return out

async def group_tasks():
    results = []
    errors = []
    async def job(i):
        await Tick()
        if i == 1:
            raise ValueError(f"job {i}")
        if i == 3:
            raise TypeError(f"job {i}")
        return i
    for i in range(4):
        try:
            results.append(await job(i))
        except Exception as e:
            errors.append(e)
    try:
        raise ExceptionGroup("jobs", errors)
    except* ValueError as eg:
        print("value errors", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("type errors", [str(e) for e in eg.exceptions])
    return results

print(run(early_return()))
print(run(exc_in_handler()))
print(run(await_in_finally()))
print(run(nested_comp()))
print(run(genexp_in_async()))
print(run(group_tasks()))
g = agen()
async def partial():
    return [await g.__anext__(), await g.__anext__()]
print(run(partial()))
run(g.aclose())
print(g.ag_frame)
async def lam():
    f = lambda: 1
    return f()
print(run(lam()))
print(type(agen).__name__, type(agen()).__name__, agen.__code__.co_flags & 0x200 != 0, lam.__code__.co_flags & 0x80 != 0)
