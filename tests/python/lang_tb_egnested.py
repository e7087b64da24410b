def task(i):
    if i % 2:
        raise ValueError(f"task {i}")
    raise TypeError(f"task {i}")
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
try:
    raise ExceptionGroup("batch", errors)
except* TypeError as g:
    raise RuntimeError("handler failed") from g
