# bytes join/split/strip/partition round trips with bytearray mixing
parts = [b"alpha", bytearray(b"beta"), b"", b"gamma"]
joined = b"|".join(parts)
print(joined, joined.split(b"|"), joined.split(b"|", 1), joined.rsplit(b"|", 1), bytearray(b"|").join(parts))
print(b" a b  c ".split(), b" a b  c ".split(b" "), b"a\r\nb\nc".splitlines(), b"a\r\nb\nc".splitlines(keepends=True))
print(b"xxhixx".strip(b"x"), b"xxhixx".lstrip(b"x"), b"xxhixx".rstrip(b"x"), b"  \t hi \n".strip(), b"hi".strip(b""))
print(b"key=val=x".partition(b"="), b"key=val=x".rpartition(b"="), b"none".partition(b"="), b"a,b,,c".split(b","))
for bad in [lambda: b",".join(["a"]), lambda: b"".join([1]), lambda: b"a".split(b""), lambda: b"a".partition(b"")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
