# posix module directly: files, directories, stat, scandir, errors.
import posix

base = '/tmp/taipan_mod_os_posix_%d' % posix.getpid()
posix.umask(0o022)
posix.mkdir(base)
posix.chdir(base)

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
        if isinstance(e, OSError):
            print('  errno', e.errno, 'strerror', e.strerror, 'filename', e.filename, 'filename2', e.filename2)

posix.mkdir('d')
posix.mkdir('d/sub', 0o755)
fd = posix.open('d/a.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print('write', posix.write(fd, b'hello world\n'))
print('inheritable', posix.get_inheritable(fd), 'blocking', posix.get_blocking(fd))
posix.close(fd)
fd = posix.open('d/a.txt', posix.O_RDONLY)
print(posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10))
print('lseek', posix.lseek(fd, 6, 0), posix.read(fd, 5))
st = posix.fstat(fd)
posix.close(fd)
print('fstat size', st.st_size, st[6], len(st), type(st).__name__)
s = posix.stat('d/a.txt')
print(oct(s.st_mode & 0o777), oct(posix.stat('d/sub').st_mode), s.st_size, s.st_nlink, posix.umask(0o022))
print(type(s.st_mtime).__name__, type(s[8]).__name__, type(s.st_mtime_ns).__name__)
print(s.st_mtime_ns // 10**9 == s[8], abs(s.st_mtime - s.st_mtime_ns / 1e9) < 1e-6)
print(s == posix.stat(b'd/a.txt'), s.st_ino == st.st_ino, s.st_dev == st.st_dev)
print(repr(posix.stat_result(tuple(range(10)))))
print(posix.stat_result(tuple(range(10))).st_atime, posix.stat_result(tuple(range(13))).st_atime)
err(posix.stat_result, (1, 2, 3))
print(posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields)

print(sorted(posix.listdir('d')), sorted(posix.listdir(b'd')))
with posix.scandir('d') as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.inode() == posix.lstat(e.path).st_ino, e.stat().st_size if e.is_file() else '-')
with posix.scandir(b'd') as it:
    print(sorted(e.path for e in it))
posix.symlink('a.txt', 'd/link')
posix.symlink('missing', 'd/broken')
print(posix.readlink('d/link'), posix.readlink(b'd/link'))
for e in sorted(posix.scandir('d'), key=lambda e: e.name):
    print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False))
print(posix.lstat('d/link').st_mode & 0o170000 == 0o120000, posix.stat('d/link').st_size)
err(posix.stat, 'd/broken')
print(posix.stat('d/broken', follow_symlinks=False).st_size == len('missing'))
posix.link('d/a.txt', 'd/hard')
print('nlink', posix.stat('d/a.txt').st_nlink)
posix.rename('d/hard', 'd/hard2')
posix.replace('d/hard2', 'd/hard3')
print(sorted(posix.listdir('d')))
posix.chmod('d/a.txt', 0o600)
print(oct(posix.stat('d/a.txt').st_mode & 0o777))
posix.utime('d/a.txt', (1000000000, 1200000000))
s = posix.stat('d/a.txt')
print(s.st_atime, s.st_mtime, s[7], s[8])
posix.utime('d/a.txt', ns=(1500000000123456789, 1600000000987654321))
s = posix.stat('d/a.txt')
print(s.st_atime_ns, s.st_mtime_ns)
posix.truncate('d/a.txt', 3)
print(posix.stat('d/a.txt').st_size)
print(posix.access('d/a.txt', posix.R_OK), posix.access('d/nope', posix.F_OK), posix.access('d', posix.X_OK))

# dir_fd
dfd = posix.open('d', posix.O_RDONLY | posix.O_DIRECTORY)
print(posix.stat('a.txt', dir_fd=dfd).st_size, sorted(posix.listdir(dfd)))
posix.mkdir('viafd', dir_fd=dfd)
print(sorted(e.name for e in posix.scandir(dfd)))
posix.rmdir('viafd', dir_fd=dfd)
posix.close(dfd)

# errors
err(posix.stat, 'nonexistent')
err(posix.stat, b'nonexistent')
err(posix.mkdir, 'd')
err(posix.rmdir, 'd')
err(posix.rmdir, 'd/a.txt')
err(posix.unlink, 'd/sub')
err(posix.listdir, 'd/a.txt')
err(posix.rename, 'd/zz', 'd/yy')
err(posix.open, 'd/nope', posix.O_RDONLY)
err(posix.open, 'd/a.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
err(posix.close, 9999)
err(posix.read, 9999, 1)
err(posix.readlink, 'd/a.txt')
err(posix.chdir, 'nonexistent')
err(posix.stat, 3.5)
err(posix.stat, None)
err(posix.stat, 'a\0b')
err(posix.fspath, 3)
err(posix.open)
err(posix.stat, 'x', bogus=1)
err(posix.mkdir, 'q', mode='x')

class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
print(posix.fspath(P('abc')), posix.fspath(P(b'abc')), posix.stat(P('d/a.txt')).st_size)
try:
    posix.stat(P("nonexistent"))
except FileNotFoundError as e:
    print(type(e.filename).__name__, e.errno)
err(posix.fspath, P(3))

r, w = posix.pipe()
print(posix.write(w, b'abc'), posix.read(r, 10))
w2 = posix.dup(w)
posix.write(w2, b'xyz')
print(posix.read(r, 10), posix.get_inheritable(w2))
posix.dup2(w, 50)
print(posix.get_inheritable(50))
posix.close(50)
posix.set_blocking(r, False)
err(posix.read, r, 10)
posix.set_inheritable(r, True)
print(posix.get_inheritable(r), posix.get_blocking(r))
for x in (r, w, w2):
    posix.close(x)
print(posix.isatty(r), posix.device_encoding(9999))

# cleanup
for name in ('d/a.txt', 'd/link', 'd/broken', 'd/hard3'):
    posix.unlink(name)
posix.rmdir('d/sub')
posix.remove if False else None
posix.rmdir('d')
posix.chdir('/')
posix.rmdir(base)
print('clean', posix.access(base, posix.F_OK))
