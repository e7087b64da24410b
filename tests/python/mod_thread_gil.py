# CPU-bound threads must not starve the others: the running thread hands
# the interpreter over at calls and loop back-edges.
import _thread

def f(x):
    return x + 1

stop = [False]
finished = _thread.allocate_lock()
finished.acquire()

def spin_calls():
    n = 0
    while not stop[0]:
        n = f(n)
    finished.release()

def spin_loop():
    n = 0
    while not stop[0]:
        n += 1

_thread.start_new_thread(spin_calls, ())
_thread.start_new_thread(spin_loop, ())
l = _thread.allocate_lock()
l.acquire()
for i in range(3):
    print('main runs', i, l.acquire(timeout=0.02))
total = 0
for i in range(100000):
    total += i
print('main computed', total)
stop[0] = True
print('spinner stopped', finished.acquire(timeout=5))
