# finding all occurrences with find/index loops and count cross-checks
text = "abracadabra, abracadabra!"
def find_all(s, sub):
    out, i = [], s.find(sub)
    while i != -1:
        out.append(i)
        i = s.find(sub, i + 1)
    return out
def rfind_all(s, sub):
    out, i = [], s.rfind(sub)
    while i != -1:
        out.append(i)
        i = s.rfind(sub, 0, i + len(sub) - 1)
    return out
for sub in ["a", "abra", "cad", "bra,", "z", "a!"]:
    fa = find_all(text, sub)
    print(sub, fa, rfind_all(text, sub), len(fa), text.count(sub), [text[i:i + len(sub)] == sub for i in fa] == [True] * len(fa))
print(find_all("aaaa", "aa"), "aaaa".count("aa"), rfind_all("aaaa", "aa"), find_all("日本日本", "本"), "日本日本".rfind("日"))
