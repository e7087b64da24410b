# Blocking OS calls release the GIL: sleeps, pipe reads and waitpid in
# threads overlap.
import threading, time, os, subprocess

t0 = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('parallel sleeps', time.monotonic() - t0 < 1.5)

r, w = os.pipe()
got = []
reader = threading.Thread(target=lambda: got.append(os.read(r, 100)))
reader.start()
time.sleep(0.1)
os.write(w, b'while the reader waits')
reader.join()
print(got)
os.close(r)
os.close(w)

t0 = time.monotonic()
procs = []
def run():
    procs.append(subprocess.run(['sleep', '0.5']).returncode)
ts = [threading.Thread(target=run) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(procs, time.monotonic() - t0 < 1.4)
