import fnmatch
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatch("Foo.PY", "*.py"), fnmatch.fnmatchcase("Foo.PY", "*.py"))
print(fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"), fnmatch.translate("*.[ch]"), fnmatch.fnmatch("x1", "x[!0]"))
