# introspection of builtin types: __name__, __module__, __mro__, __bases__, __doc__ presence
for t in (int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, type, object, property,
          staticmethod, classmethod, super, Exception, KeyError):
    print(t.__name__, t.__module__, [b.__name__ for b in t.__mro__], [b.__name__ for b in t.__bases__], isinstance(t, type))
print(type(len).__module__ if False else "skip", len.__module__ if hasattr(len, "__module__") else "-", int.__qualname__, KeyError.__qualname__)
