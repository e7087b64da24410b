# Signal handlers interrupt for loops, comprehensions and while loops.
import signal, os, time
signal.signal(signal.SIGINT, signal.default_int_handler)
def h(s, f): raise ValueError('sig')
signal.signal(signal.SIGUSR1, h)
signal.setitimer(signal.ITIMER_REAL, 0.1)
signal.signal(signal.SIGALRM, h)
t0 = time.monotonic()
try:
    for i in range(10**10):
        pass
except ValueError:
    print('for loop interrupted', time.monotonic() - t0 < 2)
signal.setitimer(signal.ITIMER_REAL, 0.1)
t0 = time.monotonic()
try:
    x = [i for i in range(10**9)]
except ValueError:
    print('comprehension interrupted', time.monotonic() - t0 < 2)
signal.setitimer(signal.ITIMER_REAL, 0.1)
t0 = time.monotonic()
try:
    while True:
        pass
except ValueError:
    print('while interrupted', time.monotonic() - t0 < 2)
