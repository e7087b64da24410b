class Tick:
    def __await__(self):
        yield

async def job(i):
    await Tick()
    if i:
        raise ValueError(f"job {i} failed")
    return i

async def gather(*coros):
    results, errors = [], []
    for c in coros:
        try:
            results.append(await c)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("gather failed", errors)
    return results

async def main():
    try:
        await gather(job(0), job(1), job(2))
    except* ValueError as eg:
        eg.add_note("raised from main")
        raise

c = main()
while True:
    c.send(None)
