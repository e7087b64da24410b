# errno, _stat, gc, atexit, _locale, pwd, grp, resource, fcntl, select, faulthandler.
import errno, _stat, gc, atexit, _locale, pwd, grp, resource, fcntl, select, faulthandler, posix

print(errno.ENOENT, errno.errorcode[errno.ENOENT], errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[11])
print(len(errno.errorcode) > 100, errno.EDEADLOCK, errno.errorcode[errno.EDEADLK])
print([posix.strerror(i) for i in (1, 2, 13, 17, 22, 28, 32, 110, 111)])
print(posix.strerror(0), posix.strerror(-1), posix.strerror(1000))

for m in (0o100755, 0o40700, 0o104755, 0o102755, 0o101644, 0o120777, 0o20666, 0o60660, 0o10644, 0o140755, 0, 0o1777):
    print(oct(m), _stat.filemode(m), _stat.S_ISDIR(m), _stat.S_ISREG(m), _stat.S_ISLNK(m), _stat.S_IMODE(m), _stat.S_IFMT(m))
print(_stat.S_IFDIR, _stat.S_IRWXU, _stat.ST_MTIME, _stat.UF_HIDDEN)

print(gc.collect(), gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(100, 5, 5); print(gc.get_threshold())
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), type(gc.get_objects()).__name__)
print(gc.garbage, gc.callbacks, gc.DEBUG_LEAK, gc.get_debug())
try:
    gc.collect(5)
except ValueError as e:
    print('ValueError', e)

print(faulthandler.is_enabled())
faulthandler.enable(); print(faulthandler.is_enabled())
faulthandler.disable(); print(faulthandler.is_enabled())

print(_locale.setlocale(_locale.LC_NUMERIC), _locale.nl_langinfo(_locale.CODESET))
print(_locale.setlocale(_locale.LC_NUMERIC, 'C'), _locale.setlocale(_locale.LC_TIME, 'POSIX'))
print(_locale.localeconv())
print([_locale.nl_langinfo(getattr(_locale, k)) for k in ('DAY_1', 'ABMON_12', 'D_T_FMT', 'RADIXCHAR', 'YESEXPR', 'T_FMT_AMPM')])
try:
    _locale.setlocale(_locale.LC_ALL, 'xx_NOPE.UTF-8')
except _locale.Error as e:
    print(type(e).__name__, e)
print(_locale.strcoll('a', 'b'), _locale.strxfrm('abc'), _locale.getencoding())

print(pwd.getpwuid(0).pw_name, pwd.getpwnam('root').pw_uid, pwd.struct_passwd.n_fields, grp.getgrgid(0).gr_name)
print(type(pwd.getpwuid(0)).__name__, repr(pwd.getpwuid(0))[:30])
for f, a in ((pwd.getpwnam, 'nosuchuser'), (pwd.getpwuid, 99999), (grp.getgrgid, 99999), (grp.getgrnam, 'nosuch')):
    try:
        f(a)
    except KeyError as e:
        print(repr(e))

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft - 1, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft - 1, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1, hard))
except ValueError as e:
    print('ValueError', e)
ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, len(ru), ru.ru_maxrss > 0, type(ru.ru_utime).__name__, resource.RLIM_INFINITY)
try:
    resource.getrlimit(99)
except ValueError as e:
    print('ValueError', e)

r, w = posix.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL)
fcntl.fcntl(r, fcntl.F_SETFL, fl | posix.O_NONBLOCK)
print(fcntl.fcntl(r, fcntl.F_GETFL) & posix.O_NONBLOCK != 0, posix.get_blocking(r))
try:
    posix.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
try:
    fcntl.fcntl(999, fcntl.F_GETFD)
except OSError as e:
    print(type(e).__name__, e)

p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(0))
posix.write(w, b'x')
print([ev for fd, ev in p.poll(100) if fd == r])
rl, wl, xl = select.select([r], [w], [], 0)
print(rl == [r], wl == [w], xl)
ep = select.epoll()
ep.register(r, select.EPOLLIN)
print([ev for fd, ev in ep.poll(0.1) if fd == r])
ep.close()
print(ep.closed)
p.unregister(r)
try:
    p.unregister(r)
except KeyError:
    print('KeyError')
posix.close(r); posix.close(w)

def bye(x, y=2):
    print('bye', x, y)
atexit.register(bye, 1, y=3)
atexit.register(print, 'last registered runs first')
atexit.register(bye, 'unregistered')
atexit.unregister(bye)
atexit.register(bye, 'kept')
print('end of main')
