import sys, _thread, builtins
sys.dont_write_bytecode = True
sys.path.insert(0, __file__.rpartition('/')[0] + '/imp_pkgs')
log = []
done = _thread.allocate_lock(); done.acquire()
builtins.go = _thread.allocate_lock(); builtins.go.acquire()
def worker():
    builtins.go.acquire()
    log.append('worker importing')
    try:
        import threadmod
        log.append('worker got ' + threadmod.VALUE)
    except Exception as e:
        log.append('worker error %s' % e)
    done.release()
_thread.start_new_thread(worker, ())
log.append('main importing')
import threadmod
log.append('main imported')
done.acquire()
print(log)
