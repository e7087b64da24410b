# A minimal asyncio-like event loop: futures, tasks, sleep, gather,
# cancellation by throwing into the coroutine, async generators and
# async context managers driven by it.
class CancelledError(BaseException):
    pass

class Future:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result = None
        self.exc = None
        self.callbacks = []
    def set_result(self, v):
        self.done, self.result = True, v
        for cb in self.callbacks:
            self.loop.call_soon(cb, self)
    def set_exception(self, e):
        self.done, self.exc = True, e
        for cb in self.callbacks:
            self.loop.call_soon(cb, self)
    def __await__(self):
        if not self.done:
            yield self
        if self.exc is not None:
            raise self.exc
        return self.result

class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(loop)
        self.coro = coro
        self.name = name
        self.cancel_requested = False
        loop.call_soon(self.step, None)
    def cancel(self):
        self.cancel_requested = True
    def step(self, fut):
        try:
            if self.cancel_requested:
                self.cancel_requested = False
                waiting = self.coro.throw(CancelledError())
            elif fut is not None and fut.exc is not None:
                waiting = self.coro.throw(fut.exc)
            else:
                waiting = self.coro.send(None if fut is None else fut.result)
        except StopIteration as e:
            self.set_result(e.value)
            return
        except BaseException as e:
            self.set_exception(e)
            return
        waiting.callbacks.append(self.step)

class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.timers = []
    def call_soon(self, fn, arg):
        self.ready.append((fn, arg))
    def call_later(self, delay, fn, arg):
        self.seq = getattr(self, "seq", 0) + 1
        self.timers.append((self.time + delay, self.seq, fn, arg))
    def create_task(self, coro, name="t"):
        return Task(self, coro, name)
    def run_until_complete(self, coro):
        main = self.create_task(coro, "main")
        while not main.done:
            while self.ready:
                fn, arg = self.ready.pop(0)
                fn(arg)
            if main.done:
                break
            if self.timers:
                self.timers.sort()
                when, _, fn, arg = self.timers.pop(0)
                self.time = when
                fn(arg)
        if main.exc:
            raise main.exc
        return main.result

loop = Loop()

def sleep(d, value=None):
    f = Future(loop)
    loop.call_later(d, lambda _: f.set_result(value), None)
    return f

async def gather(*aws):
    results = []
    for a in aws:
        results.append(await a)
    return results

async def worker(name, n):
    total = 0
    for i in range(n):
        total += await sleep(1, i)
        print(f"[t={loop.time}] {name} step {i}")
    return f"{name}:{total}"

async def ticker():
    i = 0
    while True:
        await sleep(2, None)
        i += 1
        yield i

async def cancellable():
    try:
        await sleep(100)
    except CancelledError:
        print(f"[t={loop.time}] cancelled, cleaning up")
        await sleep(1)
        raise

class Resource:
    async def __aenter__(self):
        await sleep(1)
        print(f"[t={loop.time}] acquired")
        return self
    async def __aexit__(self, *exc):
        await sleep(1)
        print(f"[t={loop.time}] released", exc[0].__name__ if exc[0] else None)

async def failing():
    await sleep(1)
    raise ValueError("task failed")

async def main():
    t1 = loop.create_task(worker("a", 3), "a")
    t2 = loop.create_task(worker("b", 2), "b")
    print(await gather(t1, t2))
    async for tick in ticker():
        print(f"[t={loop.time}] tick {tick}")
        if tick == 3:
            break
    c = loop.create_task(cancellable(), "c")
    await sleep(1)
    c.cancel()
    try:
        await c
    except CancelledError:
        print(f"[t={loop.time}] task c was cancelled")
    async with Resource() as r:
        print("using", type(r).__name__)
    try:
        async with Resource():
            await failing()
    except ValueError as e:
        print("caught", e)
    async def limited(n):
        async for x in ticker():
            if x > n:
                return
            yield x
    print([x * x async for x in limited(6) if x % 2 == 0])
    return "finished"

print(loop.run_until_complete(main()))
