# calling builtin methods through the class: str.upper(s), list.append(l, x), dict.get(d, k)
s, l, d = "abc", [1], {"k": 1}
print(str.upper(s), str.split("a b"), str.join(",", "xy"), str.replace(s, "b", "B"), str.__len__(s), str.__getitem__(s, 1))
list.append(l, 2)
list.extend(l, [3])
print(l, list.index(l, 2), list.__len__(l), list.__getitem__(l, -1), list.__contains__(l, 3), list.copy(l) == l)
print(dict.get(d, "k"), dict.get(d, "x", 0), dict.keys(d), dict.__contains__(d, "k"), dict.__getitem__(d, "k"), dict.copy(d))
print(int.__add__(2, 3), int.bit_length(255), float.is_integer(2.0), bytes.hex(b"\x01"), set.union({1}, {2}), tuple.count((1, 1), 1))
for bad in [lambda: str.upper(1), lambda: list.append((), 1), lambda: dict.get([], 1), lambda: int.__add__("a", 1), lambda: str.join(1, "ab")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
