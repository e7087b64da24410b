# split/join round trips and whitespace handling
samples = ["a b c", "a  b", " lead", "trail ", "", "   ", "one", "x\ty\nz", "a,b,,c", ",,"]
for s in samples:
    parts = s.split(" ")
    print(repr(s), parts, " ".join(parts) == s, s.split(), " ".join(s.split()), s.split(",") if "," in s else "-")
csv = "name;age;city\nann;30;paris\nbob;;rome"
rows = [line.split(";") for line in csv.split("\n")]
print(rows, [";".join(r) for r in rows] == csv.split("\n"), [len(r) for r in rows])
path = "/usr/local/lib/python3.11/site.py"
print(path.split("/"), path.rsplit("/", 1), path.rpartition("/")[2], path.split("/", 2), "/".join(path.split("/")[:-1]))
kv = "a=1&b=2&c=&d"
pairs = [p.partition("=") for p in kv.split("&")]
print(pairs, {k: v for k, _, v in pairs}, "&".join(k + "=" + v for k, _, v in pairs))
print("|".join(["x"] * 4), "".join(str(i) for i in range(10)), "-".join("abc").split("-"), "a b".split(None, 0))
