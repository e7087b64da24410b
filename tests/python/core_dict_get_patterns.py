# common dict idioms: get with default, setdefault grouping, counting, inversion, merging
inventory = {"apples": 3, "pears": 0}
print(inventory.get("apples", 0) + 1, inventory.get("kiwis", 0), inventory.get("pears") or "none left", "pears" in inventory)
groups = {}
for word in ["ant", "bee", "cat", "ape", "bat", "cow"]:
    groups.setdefault(word[0], []).append(word)
print(groups, {k: len(v) for k, v in groups.items()}, sorted(groups, key=lambda k: -len(groups[k])))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts.items(), key=lambda kv: kv[1]), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv, dict(map(reversed, {"x": "y"}.items())), {**counts, "a": 0}["a"], counts | {"z": 9} == {**counts, "z": 9})
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
merged = dict(defaults)
merged.update(user)
print(merged, {**defaults, **user} == merged, defaults | user, list((defaults | user).items()))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", {}).get("c", "missing"), [k for k in nested["a"]])
