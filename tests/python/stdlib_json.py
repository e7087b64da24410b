import json
data = {"a": [1, 2.5, None, True], "b": {"c": "d\u00e9"}, "e": []}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, "x", {"y": null}]'))
print(json.dumps("\n\t\"q\""), json.loads('"\\u0041\\n"'))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e.msg, e.pos)
class E(json.JSONEncoder):
    def default(self, o):
        return sorted(o)
print(json.dumps({1, 3, 2}, cls=E), json.dumps(1e100), json.dumps(float("inf")))
