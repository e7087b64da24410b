# startswith/endswith with tuples, ranges and empty prefixes
name = "report_2024_final.csv"
print(name.startswith(("report", "summary")), name.endswith((".csv", ".txt")), name.startswith(()), name.endswith(("",)))
print(name.startswith("2024", 7), name.startswith("2024", 7, 10), name.endswith("final", 0, -4), name.endswith(("x", "final"), 0, 17))
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.py~"]
print([f for f in files if f.endswith(".py")], [f for f in files if f.lower().endswith((".py", ".pyc"))], [f for f in files if f.startswith(("a", "e"))])
print("".startswith(""), "".endswith("", 0, 0), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1), "abc".endswith("a", 0, 1))
for bad in [lambda: name.startswith(["report"]), lambda: name.endswith((1,)), lambda: name.startswith("r", "x"), lambda: b"x".startswith("x")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
