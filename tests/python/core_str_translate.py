# str.translate / str.maketrans
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t), "abcdef".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333", "d": 100})
print("abcd".translate(t3), sorted(t3.items()))
print("hello".translate({ord("l"): "L"}), "hello".translate({104: None}), "hello".translate({}), "héllo".translate({233: "e"}))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("abx".translate(Table()))
for tbl in [{ord("a"): 1.5}, {ord("a"): 0x110000}, {ord("a"): -1}]:
    try:
        print("a".translate(tbl))
    except Exception as e:
        print(type(e).__name__, e)
print("rot13".translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")))
print("spaces removed".translate(str.maketrans("", "", " ")), "".translate(t))
