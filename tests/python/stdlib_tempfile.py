import tempfile, os
with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d))
    with tempfile.NamedTemporaryFile("w", dir=d, suffix=".txt", delete=False) as f:
        f.write("data"); name = f.name
    print(name.endswith(".txt"), open(name).read())
print(os.path.exists(d))
with tempfile.TemporaryFile() as t:
    t.write(b"xyz"); t.seek(0); print(t.read())
fd, path = tempfile.mkstemp(prefix="tp_"); os.close(fd); print(os.path.basename(path).startswith("tp_")); os.remove(path)
print(tempfile.gettempdir())
