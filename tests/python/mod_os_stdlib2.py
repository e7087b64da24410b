# os.popen, selectors over epoll, a signal sent from a thread handled in the main
# thread, shutil.make_archive with tarfile/zipfile, datetime from time.
import os, selectors, socket, threading, time, signal, shutil, tarfile, zipfile, tempfile, logging, datetime
print(os.popen('echo popen').read())
sel = selectors.DefaultSelector()
print(type(sel).__name__)
a, b = socket.socketpair()
sel.register(b, selectors.EVENT_READ, 'data')
a.send(b'x')
print([(k.data, ev) for k, ev in sel.select(1)])
sel.close(); a.close(); b.close()
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(threading.current_thread().name))
t = threading.Thread(target=lambda: (time.sleep(0.1), os.kill(os.getpid(), signal.SIGUSR1)))
t.start()
time.sleep(0.5)
t.join()
print(got)
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'src/sub'))
open(os.path.join(d, 'src/sub/f.txt'), 'w').write('data')
arch = shutil.make_archive(os.path.join(d, 'arch'), 'gztar', os.path.join(d, 'src'))
with tarfile.open(arch) as tf:
    print(sorted(tf.getnames()))
z = shutil.make_archive(os.path.join(d, 'arch'), 'zip', os.path.join(d, 'src'))
with zipfile.ZipFile(z) as zf:
    print(sorted(zf.namelist()))
shutil.rmtree(d)
print(datetime.datetime.fromtimestamp(0, datetime.timezone.utc).isoformat())
print(time.strftime('%Y', time.localtime(0)) in ('1969', '1970'))
