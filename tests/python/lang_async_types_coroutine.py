import types

@types.coroutine
def legacy():
    v = yield "legacy"
    return v

async def uses_legacy():
    return await legacy()

c = uses_legacy()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print("legacy value", e.value)
print(legacy.__code__.co_flags & 0x100 != 0)

@types.coroutine
def delegating():
    r = yield from uses_legacy()
    return r
d = delegating()
print(d.send(None))
try:
    d.send(7)
except StopIteration as e:
    print("delegated", e.value)

print(type(types.coroutine(lambda: 1)))
