class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = "e"
d = D(a=1)
d.more = 2
print(d, d.extra, d.more, d.__dict__, vars(d))
class L(list):
    pass
l = L([1, 2]); l.tag = "t"
print(l, l.tag, l.__dict__)
class S(str):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
s = S("abc", "T")
print(s, s.tag, s.upper(), len(s), s + "d", isinstance(s, str))
class I(int):
    pass
i = I(5); i.note = "n"
print(i + 1, i.note, repr(i))
class F(float): pass
f = F(1.5); f.x = 1
print(f * 2, f.x)
class T(tuple):
    pass
t = T((1, 2)); t.y = 3
print(t, t.y, t[0])
class St(set): pass
st = St([1]); st.z = 0
print(st, st.z)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    (1).x = 2
except AttributeError as e:
    print(e)
