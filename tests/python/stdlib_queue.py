import queue, threading
q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
t = threading.Thread(target=producer); t.start()
out = []
while (item := q.get()) is not None:
    out.append(item)
t.join(); print(out, q.empty())
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue(); [pq.put(x) for x in (5, 1, 3)]; print([pq.get() for _ in range(3)])
try:
    queue.Queue(maxsize=1).get_nowait()
except queue.Empty:
    print("Empty")
sq = queue.SimpleQueue(); sq.put(1); print(sq.get(), sq.qsize())
