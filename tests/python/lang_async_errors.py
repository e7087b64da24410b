class W:
    def __await__(self):
        yield
async def f():
    try:
        await W()
    finally:
        await W()
c = f()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(e)
async def g():
    return 1
co = g()
try:
    co.send(1)
except TypeError as e:
    print(e)
co.close()
async def h():
    await W()
    raise StopIteration
c = h(); c.send(None)
try:
    c.send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
async def running():
    return c2.send(None)
c2 = running()
try:
    c2.send(None)
except ValueError as e:
    print(e)
import_ok = True
print(repr(g)[:14])
