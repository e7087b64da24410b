async def f(xs):
    g = (y async for y in xs)
    l = [await z for z in xs]
    s = {a async for a in xs for b in a}
    async with ctx() as c, other() as (d, e):
        async for item in g:
            yield item, c, d, e

def outer():
    async def inner():
        return [x async for x in aiter()]
    return inner
