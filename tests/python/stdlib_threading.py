import threading
total = 0
lock = threading.Lock()
def work(n):
    global total
    for _ in range(n):
        with lock:
            total += 1
ts = [threading.Thread(target=work, args=(1000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(total, threading.active_count() >= 1, threading.current_thread().name)
ev = threading.Event()
res = []
def waiter():
    ev.wait(); res.append("woke")
t = threading.Thread(target=waiter); t.start(); ev.set(); t.join(); print(res)
local = threading.local(); local.x = 1
def setx(): local.x = 2
t = threading.Thread(target=setx); t.start(); t.join(); print(local.x)
c = threading.Condition(); r = threading.RLock(); r.acquire(); r.acquire(); r.release(); r.release(); print("rlock ok")
sem = threading.Semaphore(2); print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
