# _signal directly: handlers run between bytecodes, KeyboardInterrupt,
# timers, errors.
import _signal, posix, time

got = []
def h(signum, frame):
    got.append(signum)
    print('handler', signum, type(frame).__name__)

print(_signal.signal(_signal.SIGUSR1, h))
posix.kill(posix.getpid(), _signal.SIGUSR1)
print('after kill', got)
_signal.raise_signal(_signal.SIGUSR1)
print('after raise', got)
print(_signal.getsignal(_signal.SIGUSR1) is h, _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
print(_signal.getsignal(_signal.SIGPIPE), _signal.getsignal(_signal.SIGTERM), _signal.SIG_DFL, _signal.SIG_IGN)

def boom(s, f):
    raise ValueError('from handler %d' % s)
_signal.signal(_signal.SIGUSR2, boom)
try:
    posix.kill(posix.getpid(), _signal.SIGUSR2)
    for i in range(100000):
        pass
    print('not reached')
except ValueError as e:
    print('caught', e)

try:
    _signal.raise_signal(_signal.SIGINT)
    print('not reached')
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raises')

_signal.signal(_signal.SIGALRM, h)
_signal.setitimer(_signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
print('slept', got[-1] == _signal.SIGALRM)
print(_signal.getitimer(_signal.ITIMER_REAL))
print(_signal.alarm(0))

_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN)
posix.kill(posix.getpid(), _signal.SIGUSR1)
print('ignored', _signal.getsignal(_signal.SIGUSR1))
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL))

print(_signal.strsignal(_signal.SIGINT), _signal.strsignal(_signal.SIGTERM), _signal.strsignal(40))
print(_signal.NSIG, len(_signal.valid_signals()), 32 in _signal.valid_signals(), 34 in _signal.valid_signals())
print(_signal.SIGRTMIN, _signal.SIGRTMAX, _signal.SIG_BLOCK, _signal.SIG_UNBLOCK, _signal.SIG_SETMASK)
print(sorted(_signal.pthread_sigmask(_signal.SIG_BLOCK, [])))
for f, a in [(_signal.signal, (_signal.SIGKILL, h)), (_signal.signal, (99, h)), (_signal.signal, (0, h)),
             (_signal.signal, (_signal.SIGUSR1, 5)), (_signal.signal, (_signal.SIGUSR1, 'x')),
             (_signal.getsignal, (100,)), (_signal.strsignal, (0,))]:
    try:
        f(*a)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

# a handler raising while a loop runs: the loop stops at a jump
_signal.signal(_signal.SIGUSR2, boom)
n = 0
try:
    while True:
        n += 1
        if n == 10:
            posix.kill(posix.getpid(), _signal.SIGUSR2)
except ValueError as e:
    print('loop stopped', n >= 10, e)
