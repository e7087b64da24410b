class Tick:
    def __await__(self):
        yield "tick"
def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

class AsyncGenCM:
    def __init__(self, gen): self.gen = gen
    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
    async def __aexit__(self, typ, value, tb):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(typ, value, tb)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")

def asynccontextmanager(f):
    def helper(*a, **k): return AsyncGenCM(f(*a, **k))
    return helper

@asynccontextmanager
async def resource(name):
    await Tick()
    print("open", name)
    try:
        yield name * 2
    except KeyError as e:
        print("resource handled", repr(e))
    finally:
        await Tick()
        print("close", name)

async def main():
    async with resource("a") as r:
        print("using", r)
    async with resource("b"):
        raise KeyError("x")
    try:
        async with resource("c"):
            raise ValueError("y")
    except ValueError as e:
        print("propagated", e)
    async def agen():
        yield 1
    g = agen()
    print(await anext(g), await anext(g, "default"))
    ai = aiter(g)
    print(ai is g)
    for bad in (5, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
        try:
            anext(bad)
        except TypeError as e:
            print(e)
    return "done"
print(run(main()))
