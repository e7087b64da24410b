# The type objects the types module derives from the language's objects.
def _f(): pass
print(type(_f).__name__, type(_f.__code__).__name__, type(type.__dict__).__name__)
def _g(): yield 1
async def _c(): pass
_c = _c()
print(type(_g()).__name__, type(_c).__name__)
_c.close()
async def _ag(): yield
print(type(_ag()).__name__)
class _C:
    def _m(self): pass
print(type(_C()._m).__name__, type(len).__name__, type([].append).__name__)
try:
    raise TypeError
except TypeError as exc:
    print(type(exc.__traceback__).__name__, type(exc.__traceback__.tb_frame).__name__)
print(type(type(_f).__code__).__name__, type(type(_f).__globals__).__name__)
def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
print(type(_cell_factory()).__name__)
print(type(list[int]).__name__, type(int | str).__name__)
print(_f.__code__.co_flags & 0x20, _g.__code__.co_flags & 0x20, _ag.__code__.co_flags & 0x200)
