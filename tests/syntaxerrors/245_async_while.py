async def f():
    async while x:
        pass
