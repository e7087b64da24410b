import types
print(type(len) is types.BuiltinFunctionType, isinstance(lambda: 0, types.FunctionType))
ns = types.SimpleNamespace(a=1, b="x"); ns.c = 3
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=3))
m = types.ModuleType("mymod", "doc"); m.x = 5; print(m.__name__, m.__doc__, m.x)
mp = types.MappingProxyType({"k": 1}); print(mp["k"], len(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType), types.NoneType, types.new_class("K", (object,)).__name__)
class A:
    def m(self): pass
print(isinstance(A().m, types.MethodType), types.FunctionType.__name__)
