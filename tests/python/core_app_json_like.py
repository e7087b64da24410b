# a tiny recursive serializer: repr-like output for nested builtins
def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f"{pad}  {dump(k)}: {dump(x, indent + 1)}" for k, x in sorted(v.items(), key=lambda kv: str(kv[0]))]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        inner = ", ".join(dump(x, indent) for x in v)
        return f"[{inner}]" if isinstance(v, list) else f"({inner}{',' if len(v) == 1 else ''})"
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(v, bool) or v is None:
        return {True: "true", False: "false", None: "null"}[v]
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, int):
        return str(v)
    raise TypeError(f"cannot dump {type(v).__name__}")
doc = {"name": "taipan", "version": (3, 11), "tags": ["go", "python"], "ok": True, "none": None, "pi": 3.14159,
       "nested": {"a": [1, {"b": "q\"uote"}], "empty": {}}, "big": 10 ** 20}
print(dump(doc))
for bad in [{1, 2}, b"x", object]:
    try:
        dump([bad])
    except TypeError as e:
        print("TypeError", e)
