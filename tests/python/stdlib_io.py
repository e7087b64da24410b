import io
s = io.StringIO()
s.write("line1\nline2\n")
print(repr(s.getvalue()))
s.seek(0)
print(s.readline(), end=""); print(s.readlines())
b = io.BytesIO(b"abc")
print(b.read(2), b.read(), b.tell())
b.write(b"de"); print(b.getvalue())
path = "/tmp/taipan_smoke_io.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print([l for l in f])
with open(path, "a") as f:
    print(f.write("more"))
with open(path) as f:
    print(f.read().splitlines())
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), newline=None)
print(t.read().split("\n"))
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), io.DEFAULT_BUFFER_SIZE)
import os; os.remove(path)
try:
    open("/nonexistent/x")
except OSError as e:
    print(type(e).__name__, e)
