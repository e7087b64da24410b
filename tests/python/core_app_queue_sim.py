# simulation with lists as queues, divmod timing, min/max stats
arrivals = [(0, 3), (1, 2), (2, 6), (4, 1), (7, 2), (7, 4), (12, 1)]
time, queue, log, busy_until = 0, [], [], 0
waits = []
events = list(arrivals)
while events or queue:
    if events and (not queue or events[0][0] <= busy_until):
        t, dur = events.pop(0)
        queue.append((t, dur))
        continue
    t, dur = queue.pop(0)
    start = max(t, busy_until)
    busy_until = start + dur
    waits.append(start - t)
    log.append(f"job@{t} start={start} end={busy_until}")
print("\n".join(log))
print(waits, sum(waits), max(waits), min(waits), round(sum(waits) / len(waits), 3))
m, s = divmod(busy_until * 37, 60)
print(f"{m}m{s:02d}s", f"{busy_until:>4}|{len(log):<3}|")
hist = {}
for w in waits:
    hist[w] = hist.get(w, 0) + 1
for k in sorted(hist):
    print(f"{k:2d} {'#' * hist[k]}")
