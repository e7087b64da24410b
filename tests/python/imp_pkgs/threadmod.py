import builtins, _thread
builtins.go.release()          # let the worker try to import us
w = _thread.allocate_lock()
w.acquire()
w.acquire(timeout=0.3)         # block (GIL released) while half initialised
VALUE = 'ready'
