import glob, os, tempfile
d = tempfile.mkdtemp()
for n in ["a.py", "b.py", "c.txt", "sub/d.py"]:
    p = os.path.join(d, n); os.makedirs(os.path.dirname(p), exist_ok=True); open(p, "w").close()
rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
print(rel(glob.glob(os.path.join(d, "*.py"))), rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
print(rel(glob.glob(os.path.join(d, "[ab].*"))), glob.escape("a*b?"), rel(glob.iglob(os.path.join(d, "?.txt"))))
import shutil; shutil.rmtree(d)
