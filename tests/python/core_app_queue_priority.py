# a priority queue as a sorted list of tuples with stable tie-breaking
tasks = []
counter = 0
def push(prio, name):
    global counter
    tasks.append((prio, counter, name))
    tasks.sort()
    counter += 1
for p, n in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent-2"), (5, "later"), (2, "mid-2")]:
    push(p, n)
print([t[2] for t in tasks])
order = []
while tasks:
    prio, _, name = tasks.pop(0)
    order.append(f"{prio}:{name}")
    if name == "mid":
        push(0, "spawned")
print(order, counter)
