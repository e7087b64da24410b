# map/filter with builtin callables and types as functions
print(list(map(int, ["1", "-2", " 3 "])), list(map(float, ["1.5", "inf"])), list(map(str, [1, None, True])), list(map(bool, [0, "", "a"])))
print(list(map(len, ["", "ab", [1]])), list(map(abs, [-1, 2.5, -3j])), list(map(chr, [65, 97])), list(map(ord, "AZ")), list(map(hex, [1, 255])))
print(list(map(str.strip, [" a ", "b "])), list(map(str.split, ["a b", "c"])), list(map(list, ["ab", (1,)])), list(map(tuple, [[1], "x"])))
print(list(filter(str.isalpha, "a1b2")), list(filter(bool, [0, 1, [], [1]])), list(filter(lambda x: x is not None, [None, 0, None, 1])))
print(list(map(divmod, [7, 8], [2, 3])), list(map(max, [1, 5], [4, 2], [3, 3])), list(map(round, [1.25, 2.5], [1, 0])))
print(list(map(dict.get, [{"a": 1}, {"b": 2}], ["a", "a"])), list(map(sorted, ["cba", [3, 1]])), list(map(set, ["aab"]))[0] == {"a", "b"})
print(list(filter(None, map(str.strip, ["  ", "x", "", " y "]))), sum(map(int, filter(str.isdigit, "a1b2c3"))))
