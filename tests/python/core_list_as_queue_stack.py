# lists as stacks and queues: append/pop/insert/pop(0), and their errors when empty
stack = []
for c in "abc":
    stack.append(c)
print(stack, stack.pop(), stack, stack[-1])
queue = []
for i in range(5):
    queue.insert(0, i)
print(queue, queue.pop(), queue.pop(0), queue)
q = list(range(5))
out = []
while q:
    out.append(q.pop(0))
print(out, q)
for f in (lambda: [].pop(), lambda: [].pop(0), lambda: [1].pop(1), lambda: [1].pop(-2)):
    try:
        f()
    except IndexError as e:
        print("IndexError", e)
ring = [1, 2, 3, 4]
for _ in range(3):
    ring.append(ring.pop(0))
print(ring, ring[1:] + ring[:1], ring[-1:] + ring[:-1])
