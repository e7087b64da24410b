import _thread

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# locks
l = _thread.allocate_lock()
print(type(l) is _thread.LockType, l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01), l.acquire(True, 0))
print(repr(l).startswith('<locked _thread.lock object at'))
l.release()
print(l.locked(), repr(l).startswith('<unlocked _thread.lock object at'))
t(l.release)
t(l.acquire, False, 1)
t(l.acquire, timeout=-5)
t(l.acquire, 1, 2, 3)
t(l.acquire, foo=1)
with l:
    print('in with', l.locked())
print('after with', l.locked())
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)

# RLock
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
print(repr(r).startswith('<locked _thread.RLock object owner='), 'count=2' in repr(r))
r.release(); r.release()
print(r._is_owned(), repr(r).startswith('<unlocked _thread.RLock object owner=0 count=0 at'))
t(r.release)
with r:
    with r:
        print('nested', r._is_owned())
st = (r.acquire(), r._release_save())
print(st[0], st[1][0], r._is_owned())
r._acquire_restore(st[1]); print(r._is_owned()); r.release()

# threads
me = _thread.get_ident()
print(isinstance(me, int), me == _thread.get_ident(), isinstance(_thread.get_native_id(), int))
done = _thread.allocate_lock()
done.acquire()
results = []
def worker(n, tag='x'):
    results.append((n, tag, _thread.get_ident() != me))
    done.release()
ident = _thread.start_new_thread(worker, (1,), {'tag': 'kw'})
done.acquire()
print(results, isinstance(ident, int))

# several threads, a shared counter under a lock, a barrier made of locks
counter = [0]
cl = _thread.allocate_lock()
finished = _thread.allocate_lock()
left = [4]
def bump(k):
    for i in range(1000):
        with cl:
            counter[0] += 1
    with cl:
        left[0] -= 1
        if left[0] == 0:
            finished.release()
finished.acquire()
for k in range(4):
    _thread.start_new_thread(bump, (k,))
finished.acquire()
print('counter', counter[0])

# lock handoff between threads (ping-pong)
ping, pong = _thread.allocate_lock(), _thread.allocate_lock()
ping.acquire(); pong.acquire()
log = []
def ponger():
    for i in range(3):
        ping.acquire()
        log.append('pong%d' % i)
        pong.release()
_thread.start_new_thread(ponger, ())
for i in range(3):
    log.append('ping%d' % i)
    ping.release()
    pong.acquire()
print(log)

# timeouts
w = _thread.allocate_lock(); w.acquire()
print(w.acquire(timeout=0.05))

# thread-local data
loc = _thread._local()
loc.x = 'main'
seen = []
ev = _thread.allocate_lock(); ev.acquire()
def use_local():
    seen.append(hasattr(loc, 'x'))
    loc.x = 'thread'
    seen.append(loc.x)
    ev.release()
_thread.start_new_thread(use_local, ())
ev.acquire()
print(seen, loc.x)
class MyLocal(_thread._local):
    def __init__(self, v):
        self.v = v
        self.inits = getattr(self, 'inits', 0) + 1
ml = MyLocal(42)
def use_mylocal():
    seen.append((ml.v, ml.inits))
    ev.release()
_thread.start_new_thread(use_mylocal, ())
ev.acquire()
print(seen[-1], ml.v)
t(_thread._local, 1)

# errors in a raw thread are reported, SystemExit is silent
class Job:
    def __call__(self):
        try:
            raise ValueError('thread failed')
        finally:
            ev.release()
    def __repr__(self):
        return '<Job>'
_thread.start_new_thread(Job(), ())
ev.acquire()
_thread.allocate_lock().acquire(True, 0.3)  # let the report be written
def quitter():
    ev.release()
    raise SystemExit
_thread.start_new_thread(quitter, ())
ev.acquire()
t(_thread.start_new_thread, 1, ())
t(_thread.start_new_thread, print, [])
t(_thread.start_new_thread, print, (), [])
t(_thread.start_new_thread, print)
print(_thread.stack_size(), _thread.stack_size(0))
t(_thread.stack_size, 100)
s = _thread._set_sentinel(); print(s.locked())
h = _thread._ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(h.exc_type, h.exc_value, h.thread, len(h))
print('end')
