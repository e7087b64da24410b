import subprocess, sys
r = subprocess.run(["echo", "hello"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout))
r = subprocess.run("exit 3", shell=True); print(r.returncode)
print(subprocess.check_output(["sh", "-c", "printf 'a\\nb'"]).split())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"piped data"); print(out, p.returncode)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode)
try:
    subprocess.run(["/nonexistent/prog"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
