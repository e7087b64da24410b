# str()/repr() of exceptions with zero, one, several and non-str args
for cls in (Exception, ValueError, KeyError, IndexError, OSError if False else TypeError, StopIteration, SystemExit, UnicodeError):
    for args in ((), ("msg",), (1,), ("a", 2), (None,), ([1, 2],), ("",)):
        e = cls(*args)
        print(cls.__name__, args, repr(str(e)), repr(e), e.args == args)
