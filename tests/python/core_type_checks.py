# type(), isinstance and issubclass across the builtin hierarchy
values = [1, True, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), None, ..., len, int, type, object()]
for v in values:
    t = type(v)
    print(t.__name__, isinstance(v, object), isinstance(v, int), isinstance(v, (str, bytes)), isinstance(v, type), issubclass(t, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(type, object), issubclass(object, object), isinstance(type, object))
print(type(type), type(object), type(int), isinstance(int, type), isinstance(object, type), issubclass(type, type))
print([t.__name__ for t in (bool.__base__, int.__base__, object.__base__, type.__base__) if t] , bool.__base__, object.__base__)
