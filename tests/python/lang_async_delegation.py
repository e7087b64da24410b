class Waiter:
    def __init__(self): self.log = []
    def __await__(self):
        try:
            v = yield "waiting"
            self.log.append(("sent", v))
            return v
        except GeneratorExit:
            self.log.append("closed")
            raise
        except Exception as e:
            self.log.append(("thrown", type(e).__name__))
            return "recovered"

class IterWithThrow:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("iter done")
        return self.n
    def throw(self, e):
        return "iter caught " + type(e).__name__
    def close(self):
        print("IterWithThrow closed")

def delegator():
    r = yield from IterWithThrow()
    print("delegator got", r)
    yield "after"

d = delegator()
print(next(d), d.throw(ValueError), next(d), next(d), next(d))
d2 = delegator(); next(d2); d2.close()

w = Waiter()
async def uses(w):
    r = await w
    return r
c = uses(w)
print(c.send(None))
print(c.throw(KeyError("k")) if False else "")
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)
print(w.log)
w2 = Waiter()
c2 = uses(w2)
c2.send(None)
c2.close()
print(w2.log, c2.cr_frame)

async def star_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        r = await Waiter()
        print("awaited in except*", r)
    except* TypeError:
        print("type part")
c3 = star_handler()
c3.send(None)
try:
    c3.send("value")
except StopIteration:
    print("star handler done")

async def agen():
    try:
        await Waiter()
        yield 1
    except ValueError:
        yield "caught in agen"
g = agen()
aw = g.asend(None)
print(aw.send(None))
print(aw.throw(ValueError) if False else "")
try:
    aw.throw(ValueError)
except StopIteration as e:
    print("athrow via awaitable", e.value)
