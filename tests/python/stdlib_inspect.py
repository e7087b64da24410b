import inspect
def f(a, b=2, *args, c, d=4, **kw):
    "Docstring."
    return a
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.parameters["b"].default, sig.parameters["c"].kind)
print(inspect.isfunction(f), inspect.isclass(int), inspect.ismethod(f), inspect.getdoc(f))
class K:
    def m(self): pass
    @staticmethod
    def s(): pass
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)], inspect.getmro(bool))
def g(): yield 1
print(inspect.isgeneratorfunction(g), inspect.isgenerator(g()), inspect.getsource(f).splitlines()[0])
print(sig.bind(1, c=3).arguments, inspect.Parameter.KEYWORD_ONLY)
print(inspect.currentframe().f_code.co_name, inspect.getmodule(f).__name__)
