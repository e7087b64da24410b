# object.__new__ / __init__ argument checks and custom constructors
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(5).a)
try:
    OnlyInit()
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
print(OnlyNew(1, 2).args)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton(), type(Singleton()).__name__)
class Factory:
    def __init__(self, v):
        self.v = v
    @classmethod
    def from_str(cls, s):
        return cls(int(s))
print(Factory.from_str("42").v, isinstance(Factory.from_str("1"), Factory))
try:
    object.__new__(1)
except TypeError as e:
    print("TypeError", e)
try:
    object.__init__(NoInit(), 1)
except TypeError as e:
    print("TypeError", e)
