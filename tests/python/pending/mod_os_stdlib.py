# The stdlib's os, os.path, shutil, tempfile, glob, fnmatch and pathlib
# over the posix module.
import os, os.path, shutil, tempfile, glob, fnmatch, pathlib, stat

print(os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.linesep == '\n', os.devnull)
print(os.path is __import__('posixpath'), os.supports_bytes_environ)
print(sorted(f.__name__ for f in os.supports_dir_fd)[:5], os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)

old = os.getcwd()
base = tempfile.mkdtemp(prefix='taipan_os_')
print(os.path.isdir(base), os.path.basename(base).startswith('taipan_os_'))
os.chdir(base)
print(os.getcwd() == os.path.realpath(base), os.getcwdb() == os.fsencode(os.getcwd()))

os.makedirs('a/b/c')
os.makedirs('a/b/c', exist_ok=True)
try:
    os.makedirs('a/b/c')
except FileExistsError as e:
    print(type(e).__name__, e)
with open('a/f.txt', 'w') as f:
    f.write('hello\n')
with open('a/b/g.bin', 'wb') as f:
    f.write(b'\x00\x01\x02')
print(sorted(os.listdir('a')), os.path.getsize('a/f.txt'), os.path.exists('a/nope'))
print(os.path.isfile('a/f.txt'), os.path.isdir('a/b'), os.path.islink('a/f.txt'))
for root, dirs, files in os.walk('a'):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk('a', topdown=False):
    print('up', root)
for top, dirs, files, fd in os.fwalk('a'):
    dirs.sort()
    print('fwalk', top, sorted(dirs), sorted(files), type(fd).__name__)
with os.scandir('a') as it:
    print(sorted((e.name, e.is_dir()) for e in it))
st = os.stat('a/f.txt')
print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0], st.st_size)
os.symlink('f.txt', 'a/link')
print(os.path.islink('a/link'), os.readlink('a/link'), os.path.realpath('a/link') == os.path.realpath('a/f.txt'))
os.rename('a/f.txt', 'a/f2.txt')
print(os.path.exists('a/f.txt'), os.path.exists('a/f2.txt'), os.path.lexists('a/link'), os.path.exists('a/link'))
os.replace('a/f2.txt', 'a/f.txt')
os.chmod('a/f.txt', 0o640)
print(oct(stat.S_IMODE(os.stat('a/f.txt').st_mode)))
os.utime('a/f.txt', (1, 2))
print(os.path.getmtime('a/f.txt'), os.path.getatime('a/f.txt'))
print(os.path.join('x', 'y', 'z'), os.path.split('/a/b/c'), os.path.splitext('f.tar.gz'), os.path.dirname('/a/b'))
print(os.path.normpath('a//b/../c/.'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.relpath('/a/b/c', '/a'))
print(os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.commonprefix(['abc', 'abd']), os.path.expanduser('~') != '~')
print(os.path.samefile('a/f.txt', 'a/link'), os.path.isabs('/x'), os.fspath(pathlib.Path('p')))

os.environ['TAIPAN_TEST_VAR'] = 'value1'
print(os.environ['TAIPAN_TEST_VAR'], os.getenv('TAIPAN_TEST_VAR'), os.environb[b'TAIPAN_TEST_VAR'])
print('TAIPAN_TEST_VAR' in os.environ, os.environ.get('TAIPAN_NOPE', 'dflt'))
del os.environ['TAIPAN_TEST_VAR']
print(os.getenv('TAIPAN_TEST_VAR'), os.get_exec_path(env={'PATH': '/x:/y'}))

# shutil
shutil.copy('a/f.txt', 'copy.txt')
shutil.copy2('a/f.txt', 'copy2.txt')
print(open('copy.txt').read(), os.path.getmtime('copy2.txt'))
shutil.copytree('a', 'tree', symlinks=True)
print(sorted(os.listdir('tree')), os.path.islink('tree/link'))
shutil.move('copy.txt', 'tree/moved.txt')
print(sorted(os.listdir('tree')))
shutil.rmtree('tree')
print(os.path.exists('tree'))
print(shutil.which('sh') is not None, shutil.which('no_such_command_xyz'))
du = shutil.disk_usage('.')
print(du.total >= du.used, type(du).__name__)
try:
    shutil.rmtree('nonexistent')
except FileNotFoundError as e:
    print(type(e).__name__, e)

# glob / fnmatch
print(sorted(glob.glob('a/*')), sorted(glob.glob('a/**', recursive=True)), sorted(glob.glob('*.txt')))
print(fnmatch.fnmatch('f.txt', '*.txt'), fnmatch.filter(['a.py', 'b.txt'], '*.py'))

# tempfile
with tempfile.TemporaryDirectory(dir='.') as d:
    print(os.path.isdir(d))
print(os.path.exists(d))
fd, name = tempfile.mkstemp(suffix='.tmp', dir='.')
os.write(fd, b'data')
os.close(fd)
print(os.path.getsize(name), name.endswith('.tmp'))
os.unlink(name)
with tempfile.NamedTemporaryFile('w+', dir='.', delete=True) as tf:
    tf.write('named')
    tf.flush()
    tf.seek(0)
    print(tf.read(), os.path.exists(tf.name))
with tempfile.TemporaryFile() as tf:
    tf.write(b'anon')
    tf.seek(0)
    print(tf.read())

# pathlib
p = pathlib.Path('a')
print(p, repr(p), p / 'b', p.exists(), p.is_dir(), (p / 'f.txt').is_file())
print(sorted(x.name for x in p.iterdir()), sorted(str(x) for x in p.glob('**/*')))
(p / 'new.txt').write_text('pathlib text')
print((p / 'new.txt').read_text(), (p / 'new.txt').stat().st_size, (p / 'new.txt').suffix, (p / 'new.txt').stem)
(p / 'new.txt').unlink()
(p / 'dir2').mkdir()
(p / 'dir2').rmdir()
print(pathlib.Path('/x/y/z.tar.gz').suffixes, pathlib.PurePosixPath('/x/y').parts, pathlib.Path('a/b/c').parent)
print(pathlib.Path.cwd() == pathlib.Path(os.getcwd()), pathlib.Path('a/link').resolve().name, pathlib.Path('a/link').is_symlink())
try:
    pathlib.Path('nope').read_text()
except FileNotFoundError as e:
    print(type(e).__name__, e)

os.chdir(old)
shutil.rmtree(base)
print(os.path.exists(base))
print(os.cpu_count() > 0, type(os.getpid()).__name__, os.getppid() > 0, os.getuid() >= 0, os.umask(0o22) >= 0)
print(os.uname().sysname, os.times().elapsed >= 0, len(os.urandom(5)), os.get_terminal_size.__name__)
print(os.strerror(2), os.WEXITSTATUS(256), os.waitstatus_to_exitcode(0))
