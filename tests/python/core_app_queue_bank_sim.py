# round-robin scheduling with lists and modular arithmetic
procs = {"A": 5, "B": 2, "C": 7, "D": 1}
quantum = 2
queue = list(procs)
remaining = dict(procs)
timeline = []
clock = 0
while queue:
    p = queue.pop(0)
    run = min(quantum, remaining[p])
    timeline.append(f"{clock}:{p}x{run}")
    clock += run
    remaining[p] -= run
    if remaining[p]:
        queue.append(p)
    else:
        timeline.append(f"{clock}:{p}done")
print(" ".join(timeline))
done = {e.split(":")[1][:-4]: int(e.split(":")[0]) for e in timeline if e.endswith("done")}
print(done, clock == sum(procs.values()), max(done, key=done.get), sorted(done.items(), key=lambda kv: kv[1]))
