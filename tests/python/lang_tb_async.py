async def inner():
    raise ValueError("async fail")
async def outer():
    await inner()
c = outer()
c.send(None)
