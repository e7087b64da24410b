def g1():
    yield 1

def g2():
    x = yield from g1()
    return x

async def c1():
    await g1()

async def c2():
    return [x async for x in g1()]

async def c3():
    return (await x for x in g1())

async def c4():
    return [await x for x in g1()]

async def ag():
    yield 1

lambda: (yield)
