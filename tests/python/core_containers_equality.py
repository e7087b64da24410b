# equality across container types and nested numeric equivalence
print([1, 2] == [1.0, 2.0], (1, 2) == (1, 2.0), {1: "a"} == {1.0: "a"}, {1, 2} == {2.0, 1.0}, frozenset([1]) == {1.0})
print([1] == (1,), {1: 2} == {(1, 2)}, "1" == 1, b"1" == "1", [[]] == [[]], [{}] == [{}], [set()] == [frozenset()])
print({"a": [1, {"b": (2, 3)}]} == {"a": [1, {"b": (2, 3)}]}, {"a": [1]} == {"a": [1.0]}, [1, [2, [3]]] == [1, [2, [3.0]]])
print(range(3) == range(3), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], {}.keys() == set(), {"a": 1}.items() == {("a", 1)})
print([0.1 + 0.2] == [0.3], [True, False] == [1, 0], (None,) == (None,), [1, 2] != [2, 1], {1, 2} != {2, 1}, {1: 2} != {1: 3})
class AlwaysEqual:
    def __eq__(self, o):
        return True
print([AlwaysEqual()] == [1], (1, AlwaysEqual()) == (1, "x"), {"k": AlwaysEqual()} == {"k": 5}, [AlwaysEqual()] != [1])
