# print edge cases: objects with __str__, nested containers, sep/end combos, flush to custom file
class Obj:
    def __str__(self):
        return "OBJ"
    def __repr__(self):
        return "Obj()"
print(Obj(), [Obj()], (Obj(),), {"k": Obj()}, {Obj()} if False else "set-skip")
print("a", "b", "c", sep="\n")
print("x", end="")
print("y", end="\n\n")
print("", "", sep="|")
print(*[], sep="!", end="<end>\n")
print(1, 2, sep="", end="")
print()
class Buf:
    def __init__(self):
        self.data = ""
        self.flushed = 0
    def write(self, s):
        self.data += s
    def flush(self):
        self.flushed += 1
b = Buf()
print("hello", 42, file=b, flush=True)
print("again", file=b, sep="-", end="")
print(repr(b.data), b.flushed)
print(None, True, 0.1, -0.0, 1e100, 2 ** 64, b"by", "str", sep=", ")
print("tab\tsep", "new\nline")
print(["a", 'b"', "c'"], ("é",), {"ü": "ß"})
import_free = print
import_free("aliased print works")
try:
    print(end=5)
except TypeError as e:
    print("TypeError", e)
try:
    print(flush=1, x=2)
except TypeError as e:
    print("TypeError", e)
