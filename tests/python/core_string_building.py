# building strings: join vs concatenation vs format, with many pieces
parts = [str(i) for i in range(20)]
print("".join(parts), ",".join(parts[:5]), "-".join(reversed(parts[:5])))
s = ""
for p in parts[:10]:
    s += p + ";"
print(s, len(s), s.count(";"), s.rstrip(";").split(";")[-1])
print("{}{}{}".format(*"abc"), "%s%s" % ("x", "y"), f"{'a'}{'b'}{1 + 1}", "a" "b" "c", "ab" * 3 + "c")
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
w = max(len(str(c)) for r in rows for c in r)
for r in rows:
    print(" | ".join(str(c).ljust(w) for c in r) + " |")
table = "\n".join(f"{a:>6}:{b:<4}" for a, b in rows)
print(table, table.count("\n"), len(table.splitlines()))
buf = []
for i in range(5):
    buf.append(f"{i:02d}")
print("[" + ", ".join(buf) + "]", str(buf), repr("".join(buf)))
