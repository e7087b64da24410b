# subprocess over _posixsubprocess.fork_exec, select and posix.waitpid.
import subprocess, os, sys, signal

r = subprocess.run(['echo', 'hello'], capture_output=True)
print(r.returncode, r.stdout, r.stderr, r.args)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}))
print(subprocess.check_output('echo shell $((1+2))', shell=True))
print(subprocess.check_output(['pwd'], cwd='/'))
print(subprocess.run(['cat'], input=b'fed through stdin', capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'exit 0']).returncode, subprocess.call(['sh', '-c', 'exit 7']))
try:
    subprocess.check_call(['sh', '-c', 'exit 2'])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode)
try:
    subprocess.run(['no_such_program_xyz'])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(['/etc/passwd'])
except PermissionError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['true'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, 0.1 < e.timeout <= 0.2)
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'line\n')
print(out, err, p.returncode, p.pid > 0)
p = subprocess.Popen(['sleep', '10'])
p.terminate()
print(p.wait(), p.poll())
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGKILL)
print(p.wait())
with subprocess.Popen(['sh', '-c', 'echo ctx'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
r = subprocess.run(['sh', '-c', 'echo to-devnull'], stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)
r = subprocess.run(['sh', '-c', 'echo both >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
rfd, wfd = os.pipe()
r = subprocess.run(['sh', '-c', 'echo via-fd >&%d' % wfd], pass_fds=(wfd,))
os.close(wfd)
print(os.read(rfd, 100), r.returncode)
os.close(rfd)
print(subprocess.getoutput('echo getoutput'), subprocess.getstatusoutput('exit 4'))
print(os.system('exit 3') >> 8)
