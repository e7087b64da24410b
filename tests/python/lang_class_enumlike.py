class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self._members = []
    def __setitem__(self, key, value):
        if not key.startswith("_") and not callable(value):
            if key in self._members:
                raise TypeError(f"{key!r} already defined")
            self._members.append(key)
        super().__setitem__(key, value)

class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return _EnumDict()
    def __new__(mcls, name, bases, ns, **kw):
        members = ns._members
        cls = super().__new__(mcls, name, bases, dict(ns), **kw)
        cls._member_map_ = {}
        for m in members:
            value = ns[m]
            obj = object.__new__(cls)
            obj._name_ = m
            obj._value_ = value
            setattr(cls, m, obj)
            cls._member_map_[m] = obj
        return cls
    def __iter__(cls):
        return iter(cls._member_map_.values())
    def __len__(cls):
        return len(cls._member_map_)
    def __getitem__(cls, name):
        return cls._member_map_[name]
    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_
    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"
    def __call__(cls, value):
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"
    @property
    def name(self): return self._name_
    @property
    def value(self): return self._value_
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls._flavor = kw.get("flavor", "plain")

class Color(Enum, flavor="rgb"):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name} is {self.value}"

print(list(Color), len(Color), Color["GREEN"], Color(3), repr(Color.RED), Color)
print(Color.RED in Color, 1 in Color, Color.BLUE.describe(), Color._flavor)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
print(isinstance(Color.RED, Color), type(Color).__name__, Color.__mro__[1].__name__)
