import sys
print(sys.version_info[:2], sys.version_info.major, sys.version.startswith("3.11"))
print(sys.maxsize, sys.byteorder, sys.platform)
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
print(sys.flags.optimize, sys.flags.verbose, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.modulus, sys.maxunicode)
try:
    raise ValueError("x")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exception())
print(sys.intern("abc") == "abc", sys.getdefaultencoding(), sys.getfilesystemencoding())
sys.stdout.write("written\n")
print(hasattr(sys, "implementation"), isinstance(sys.argv, list))
def f():
    return sys._getframe().f_code.co_name
print(f())
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
