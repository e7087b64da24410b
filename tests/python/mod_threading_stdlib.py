import threading
import queue

results = []
def work(n):
    results.append(n * n)
threads = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), threading.active_count(), threading.current_thread().name, threading.main_thread() is threading.current_thread())

lock = threading.Lock()
rlock = threading.RLock()
with lock:
    print('locked', lock.locked())
with rlock:
    with rlock:
        print('rlock nested')
ev = threading.Event()
def setter():
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(5), ev.is_set())

cond = threading.Condition()
items = []
def producer():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify()
t = threading.Thread(target=producer)
t.start()
got = []
while len(got) < 3:
    with cond:
        while not items:
            cond.wait()
        got.append(items.pop(0))
t.join()
print(got)

q = queue.Queue()
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        results.append(('q', item))
        q.task_done()
c = threading.Thread(target=consumer, daemon=True)
c.start()
for i in range(3):
    q.put(i)
q.join()
q.put(None)
c.join()
print([r for r in results if isinstance(r, tuple)])

sem = threading.BoundedSemaphore(2)
with sem:
    print('sem', sem._value)
try:
    sem.release()
except ValueError as e:
    print('ValueError', e)

local = threading.local()
local.x = 1
def show():
    results.append(('local', hasattr(local, 'x')))
t = threading.Thread(target=show); t.start(); t.join()
print(results[-1], local.x)

def boom():
    raise KeyError('in thread')
t = threading.Thread(target=boom, name='Boomer'); t.start(); t.join()
b = threading.Barrier(2)
t = threading.Thread(target=b.wait); t.start(); b.wait(); t.join()
print('barrier passed', t.is_alive(), t.daemon)
timer = threading.Timer(0.01, lambda: results.append('timer'))
timer.start(); timer.join()
print(results[-1])
def late():
    ev2.wait(0.05)
    print('non-daemon thread finished')
ev2 = threading.Event()
threading.Thread(target=late).start()
print('main done')
