for src in ["await x\n", "def f():\n    await x\n", "async def f():\n    yield from x\n", "async def f():\n    yield 1\n    return 2\n",
            "def f():\n    async for x in y: pass\n", "def f():\n    async with x: pass\n", "def f():\n    [x async for x in y]\n",
            "async def f():\n    def g():\n        await z\n", "def f():\n    [await x for x in y]\n", "async def f():\n    [await x for x in y]\n",
            "async def f():\n    lambda: await x\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
