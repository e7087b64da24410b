class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield ("sleep", self.n)
        return r

class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        while self.ready:
            coro, val, name = self.ready.pop(0)
            try:
                req = coro.send(val)
            except StopIteration as e:
                print(name, "done ->", e.value)
                continue
            except Exception as e:
                print(name, "failed", type(e).__name__, e)
                continue
            print(name, "yielded", req)
            self.ready.append((coro, req[1] * 10, name))

async def add(a, b):
    x = await Sleep(a)
    y = await Sleep(b)
    return x + y

async def main():
    r = await add(1, 2)
    print("add ->", r)
    try:
        await fail()
    except ValueError as e:
        print("caught", e)
    return r * 2

async def fail():
    await Sleep(0)
    raise ValueError("boom")

loop = Loop()
loop.spawn(main(), "main")
loop.spawn(add(5, 6), "add")
loop.run()

c = add(1, 2)
print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.cr_await, c.cr_code.co_name, c.__name__, c.__qualname__)
print(c.send(None))
print(c.cr_await is not None, type(c.cr_await).__name__)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("throw ->", repr(e))
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def noawait():
    return 5
try:
    noawait().send(None)
except StopIteration as e:
    print("value", e.value)
co = noawait()
try:
    iter(co)
except TypeError as e:
    print(e)
co.close()

async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(e)

async def waiter(c):
    return await c
inner = add(1, 1)
w1 = waiter(inner)
w1.send(None)
try:
    waiter(inner).send(None)
except RuntimeError as e:
    print(e)

async def closer():
    try:
        await Sleep(1)
    finally:
        print("cleanup")
c = closer()
c.send(None)
c.close()
print(c.cr_frame)
w = add(1, 2).__await__()
print(type(w).__name__, next(w))
