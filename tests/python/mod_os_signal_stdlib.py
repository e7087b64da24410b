# The stdlib's signal module (enums over _signal).
import signal, os, time

print(signal.SIGINT, repr(signal.SIGINT), int(signal.SIGTERM), signal.Signals(15).name)
print(signal.SIG_DFL, repr(signal.SIG_IGN), signal.Handlers.SIG_DFL == 0)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGPIPE))
got = []
def handler(signum, frame):
    got.append(signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, handler)
print(old)
os.kill(os.getpid(), signal.SIGUSR1)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
print(signal.strsignal(signal.SIGHUP), signal.SIGALRM in signal.valid_signals(), signal.NSIG)
signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
print(signal.alarm(0) > 0)
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.3)
print(got)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(type(e).__name__, e)
