import os, os.path
d = "/tmp/taipan_smoke_os_%d" % os.getpid()
os.makedirs(os.path.join(d, "a", "b"), exist_ok=True)
with open(os.path.join(d, "a", "f.txt"), "w") as f:
    f.write("hello\n")
print(sorted(os.listdir(os.path.join(d, "a"))))
print(os.path.exists(os.path.join(d, "a", "f.txt")), os.path.isdir(os.path.join(d, "a", "b")))
print(os.path.getsize(os.path.join(d, "a", "f.txt")))
print(os.path.join("x", "y", "z"), os.path.splitext("a/b.tar.gz"), os.path.basename("/p/q.py"), os.path.dirname("/p/q.py"))
print(os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.relpath("/a/b/c", "/a"))
for root, dirs, files in os.walk(d):
    print(os.path.relpath(root, d), sorted(dirs), sorted(files))
os.rename(os.path.join(d, "a", "f.txt"), os.path.join(d, "a", "g.txt"))
print(sorted(os.listdir(os.path.join(d, "a"))))
os.remove(os.path.join(d, "a", "g.txt"))
os.rmdir(os.path.join(d, "a", "b")); os.rmdir(os.path.join(d, "a")); os.rmdir(d)
print(os.path.exists(d))
os.environ["TAIPAN_SMOKE"] = "1"
print(os.environ.get("TAIPAN_SMOKE"), os.getenv("NOPE_NOT_SET", "dflt"))
print(os.sep, os.pathsep, os.name, os.curdir, os.fspath("p"))
try:
    os.stat("/nonexistent/file")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print(type(os.getpid()).__name__, os.getcwd() == os.path.abspath("."))
