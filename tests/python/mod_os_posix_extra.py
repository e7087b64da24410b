# Less common posix functions.
import posix

for p in ['', '.', './', 'x/..', 'a/../..', '..', '../', './/', '/.', '/..', '..//..', './x', '.x',
          '//a/./b', '///a', 'a//b', 'a/./b/', '../a/../../b', '/../x', '//a/../..', '/a/b/../../..']:
    print(repr(p), repr(posix._path_normpath(p)))
try:
    posix._path_normpath(b'x')
except TypeError as e:
    print('TypeError', e)
print(posix.major(2049), posix.minor(2049), posix.makedev(8, 1))
print(posix.major(posix.makedev(300, 70000)), posix.minor(posix.makedev(300, 70000)))
print(posix.getpriority(posix.PRIO_PROCESS, 0) == posix.nice(0), posix.ctermid())
print(posix.getresuid() == (posix.getuid(), posix.geteuid(), posix.getresuid()[2]))
m, s = posix.openpty()
print(posix.isatty(m), posix.isatty(s), posix.ttyname(s).startswith('/dev/pts/'), posix.get_inheritable(s))
posix.close(m)
posix.close(s)
e = posix.eventfd(3)
posix.eventfd_write(e, 4)
print(posix.eventfd_read(e))
posix.close(e)
mfd = posix.memfd_create('taipan')
print(posix.write(mfd, b'abc'), posix.fstat(mfd).st_size, posix.pread(mfd, 2, 1), posix.pwrite(mfd, b'Z', 0))
print(posix.pread(mfd, 10, 0))
posix.ftruncate(mfd, 1)
print(posix.fstat(mfd).st_size)
posix.close(mfd)
print(len(posix.getrandom(8)), len(posix.urandom(0)), posix.sched_get_priority_max(posix.SCHED_FIFO))
r, w = posix.pipe2(posix.O_NONBLOCK | posix.O_CLOEXEC)
print(posix.get_blocking(r), posix.get_inheritable(w))
posix.close(r)
posix.close(w)
print(sorted(posix.sysconf_names)[:3], posix.sysconf('SC_PAGE_SIZE') > 0, posix.sysconf('SC_CLK_TCK'))
print(posix.confstr('CS_PATH'), posix.fpathconf(0, 'PC_NAME_MAX') if False else posix.pathconf('/', 'PC_NAME_MAX'))
for bad in [lambda: posix.sysconf('SC_NOPE'), lambda: posix.confstr(1.5), lambda: posix.major('x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(posix.uname().sysname, len(posix.uname()), type(posix.times()).__name__, len(posix.times()))
print(posix.WIFSIGNALED(9), posix.WTERMSIG(9), posix.WIFSTOPPED(0x137f), posix.WSTOPSIG(0x137f), posix.WCOREDUMP(0x8b))
print(posix.waitstatus_to_exitcode(9), posix.waitstatus_to_exitcode(3 << 8))
try:
    posix.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print('ValueError', e)
