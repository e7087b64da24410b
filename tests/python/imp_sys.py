import sys
print(type(sys.argv), sys.argv[0].rpartition('/')[2])
print(sys.version[:6], sys.version_info[:3], sys.version_info.releaselevel, sys.hexversion == 0x030B02F0)
print(sys.version_info > (3, 10), sys.version_info < (3, 12), tuple(sys.version_info))
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxunicode)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
f = sys.flags
print(f.optimize, f.verbose, f.dev_mode, f.safe_path, f.isolated, f.no_site, len(f), f.int_max_str_digits)
print(sys.prefix, sys.exec_prefix, sys.base_prefix, sys.platlibdir, sys.pycache_prefix)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.float_repr_style, sys.api_version, repr(sys.abiflags))
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names, 'os' in sys.stdlib_module_names)
print(isinstance(sys.stdlib_module_names, frozenset), 'json' in sys.stdlib_module_names)
print(sys.modules['sys'] is sys, sys.modules['__main__'].__name__)
print(type(sys.path), type(sys.meta_path), type(sys.path_hooks), type(sys.path_importer_cache))
print(sys.path[1:] == [p for p in sys.path[1:]], sys.path[1:])
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.path[1:] == [p for p in sys.path[1:]], sys.path[1:])
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, repr(sys.exception()))
print(sys.exc_info())
print(sys.gettrace(), sys.getprofile())
def tr(*a): pass
sys.settrace(tr)
print(sys.gettrace() is tr)
sys.settrace(None)
print(sys.intern('abc') == 'abc', type(sys.getsizeof(1)).__name__)
try:
    sys.intern(1)
except TypeError as e:
    print('TypeError', e)
print(sys.warnoptions, sys._xoptions, sys.dont_write_bytecode)
print(sys.is_finalizing(), sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.audit('x.y', 1)
print(sys.addaudithook(lambda *a: None))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(callable(sys.unraisablehook), sys.thread_info.name)
print(sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
print(sys.get_int_max_str_digits())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_globals is globals())
def inner():
    return sys._getframe(1).f_code.co_name
print(inner())
import builtins
print(builtins.len is len, builtins.__name__, sys.modules['builtins'] is builtins)
builtins.my_new_builtin = 5
print(my_new_builtin)
print(sys.displayhook(None))
sys.displayhook(12)
print(builtins._)
print(sys.exit.__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code, e.args)
SimpleNamespace = type(sys.implementation)
ModuleType = type(sys)
print(SimpleNamespace(a=1, b='x'), SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) == SimpleNamespace(a=2))
try:
    SimpleNamespace({'k': 1})
except TypeError as e:
    print('TypeError', e)
ns = SimpleNamespace(k=1, z=2)
ns.extra = [ns]
print(ns, sorted(vars(ns)))
print(repr(ModuleType('mm')), ModuleType('mm').__doc__, ModuleType('mm', 'doc').__doc__)
sys.exit('bye')
