# OSError construction: subclass by errno, args, attributes, str.
import errno

cases = [
    (errno.ENOENT, 'No such file or directory'),
    (errno.EEXIST, 'File exists'),
    (errno.EACCES, 'Permission denied'),
    (errno.EPERM, 'Operation not permitted'),
    (errno.EISDIR, 'Is a directory'),
    (errno.ENOTDIR, 'Not a directory'),
    (errno.EAGAIN, 'Resource temporarily unavailable'),
    (errno.EINPROGRESS, 'x'), (errno.EALREADY, 'x'),
    (errno.ECHILD, 'x'), (errno.EPIPE, 'x'), (errno.ESHUTDOWN, 'x'),
    (errno.ECONNABORTED, 'x'), (errno.ECONNREFUSED, 'x'), (errno.ECONNRESET, 'x'),
    (errno.EINTR, 'x'), (errno.ESRCH, 'x'), (errno.ETIMEDOUT, 'x'),
    (errno.EINVAL, 'Invalid argument'), (99999, 'weird'),
]
for no, msg in cases:
    e = OSError(no, msg)
    print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename)
for args in [(), ('just a message',), (1,), (2, 'x', 'file'), (2, 'x', 'a', None, 'b'),
             (2, 'x', None), (2, 'x', 'f', 3), (1, 2, 3, 4, 5, 6), (2, 'x', b'bytes'),
             ('2', 'x'), (2.0, 'x')]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)
print(repr(FileNotFoundError(2, 'x', 'f')), repr(OSError(2, 'x')))
print(type(FileNotFoundError(17, 'x')).__name__, type(PermissionError(2, 'x')).__name__)
print(IOError is OSError, EnvironmentError is OSError)
b = BlockingIOError(errno.EAGAIN, 'x', 5)
print(b.characters_written, b, b.args)
try:
    BlockingIOError(errno.EAGAIN, 'x').characters_written
except AttributeError as e:
    print('AttributeError', e)
e = OSError(2, 'x')
e.filename = 'later'
e.errno = 5
print(e, e.errno)

class MyErr(OSError):
    def __init__(self, name):
        super().__init__(errno.EEXIST, 'exists', name)
m = MyErr('q')
print(type(m).__name__, m, m.args, m.errno, m.filename)

class Sub(FileNotFoundError):
    pass
s = Sub(2, 'gone', 'f')
print(type(s).__name__, s, isinstance(s, OSError))

try:
    raise OSError(errno.ENOENT, 'No such file or directory', 'missing.txt')
except FileNotFoundError as e:
    print('caught', type(e).__name__, e)
try:
    raise OSError(errno.EACCES, 'Permission denied')
except PermissionError as e:
    print('caught', type(e).__name__, e)
raise FileExistsError(errno.EEXIST, 'File exists', 'final')
