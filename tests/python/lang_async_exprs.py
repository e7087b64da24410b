class Tick:
    def __await__(self):
        yield "t"
        return 7
def run(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
async def v(x):
    await Tick()
    return x * 10
class Base:
    async def m(self): return "base"
class Sub(Base):
    async def m(self):
        return "sub+" + await super().m()
async def main():
    g = (await v(x) for x in range(3))
    print(type(g).__name__, [y async for y in g])
    print(f"{await v(4)} and {await Tick()}")
    print(await Sub().m())
    print([await v(i) for i in range(2)], {i: await v(i) for i in range(2)})
    return "ok"
print(run(main()))
