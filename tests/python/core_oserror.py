# OSError: errno mapping to subclasses, str, attributes
o = OSError(2, "No such file")
print(type(o).__name__, o.args, str(o), repr(o), o.errno, o.strerror, o.filename)
p = OSError(13, "Denied", "/x")
print(type(p).__name__, str(p), p.filename, p.filename2)
print(type(OSError(17, "e")).__name__, type(OSError(20, "e")).__name__, type(OSError(21, "e")).__name__, type(OSError(99999, "e")).__name__)
print(str(OSError("just message")), OSError("a", "b", "c", "d", "e").args)
print(IOError is OSError, EnvironmentError is OSError, FileNotFoundError(2, "x").errno)
