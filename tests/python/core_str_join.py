# str.join and its errors
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), " ".join([]))
print(", ".join(str(i) for i in range(5)), "|".join({"k1": 1, "k2": 2}))
print("ab".join(["1", "2", "3"]), "\n".join(["l1", "l2"]))
class S(str):
    pass
print("+".join([S("p"), S("q")]), type("+".join([S("p")])).__name__)
for bad in (["a", 1], [None], [b"x"], 5, ["a", ["b"]]):
    try:
        print("-".join(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "".join()
except Exception as e:
    print(type(e).__name__, e)
def gen():
    yield "g1"
    yield "g2"
print("/".join(gen()))
try:
    b",".join([b"a", "b"])
except Exception as e:
    print(type(e).__name__, e)
print(len("x".join(["ab"] * 1000)))
