# _posixsubprocess.fork_exec called as subprocess.py calls it.
import _posixsubprocess, posix

def run(args, cwd=None, env=None, search=False, stdin_data=None):
    if search:
        exe_list = [d + b'/' + args[0].encode() for d in (b'/nonexistent', b'/usr/bin', b'/bin')]
    else:
        exe_list = [args[0].encode()]
    errr, errw = posix.pipe()
    c2pread, c2pwrite = posix.pipe()
    p2cread, p2cwrite = posix.pipe() if stdin_data is not None else (-1, -1)
    pid = _posixsubprocess.fork_exec(args, exe_list, True, (errw,), cwd, env,
        p2cread, p2cwrite, c2pread, c2pwrite, -1, -1, errr, errw,
        True, False, -1, None, None, None, -1, None, True)
    posix.close(errw)
    posix.close(c2pwrite)
    if stdin_data is not None:
        posix.close(p2cread)
        posix.write(p2cwrite, stdin_data)
        posix.close(p2cwrite)
    err = posix.read(errr, 1000)
    posix.close(errr)
    out = b''
    while True:
        b = posix.read(c2pread, 1000)
        if not b:
            break
        out += b
    posix.close(c2pread)
    if err:
        try:
            posix.waitpid(pid, 0)
        except ChildProcessError:
            pass
        name, hexno, msg = err.decode().split(':', 2)
        return ('error', name, int(hexno, 16), msg)
    p, st = posix.waitpid(pid, 0)
    return (p == pid, posix.waitstatus_to_exitcode(st), out)

print(run(['echo', 'hello', 'world'], search=True))
print(run(['/bin/sh', '-c', 'exit 3']))
print(run(['/bin/sh', '-c', 'echo $FOO'], env=[b'FOO=bar']))
print(run(['/bin/sh', '-c', 'pwd'], cwd='/'))
print(run(['/bin/cat'], stdin_data=b'piped input'))
print(run(['nonexistent_cmd_xyz'], search=True))
print(run(['/bin/true'], cwd='/nonexistent_dir'))
print(run(['/etc/passwd']))
print(run(['/bin/sh', '-c', 'kill -TERM $$']))
print(run(['/bin/sh', '-c', 'ls /proc/self/fd | wc -l']))
st = posix.system('exit 5')
print(posix.WIFEXITED(st), posix.WEXITSTATUS(st), posix.waitstatus_to_exitcode(st))
try:
    posix.waitpid(-1, posix.WNOHANG)
except ChildProcessError as e:
    print(type(e).__name__, e)
