import pprint
data = {"name": "x" * 10, "list": list(range(30)), "nested": {"a": [1, {"b": (2, 3)}], "c": "y" * 40}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat([1, 2, 3]), pprint.saferepr({"z": 1, "a": 2}), pprint.isreadable([1]))
