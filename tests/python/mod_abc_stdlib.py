import abc
from abc import ABC, ABCMeta, abstractmethod

class Base(ABC):
    @abstractmethod
    def f(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Base and any('quack' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

class Impl(Base):
    def f(self): return 'impl'

try:
    Base()
except TypeError as e:
    print('TypeError', e)
print(Impl().f(), isinstance(Impl(), Base), issubclass(Impl, Base))

class Duck:
    def quack(self): pass
print(issubclass(Duck, Base), isinstance(Duck(), Base))

class Other: pass
Base.register(Other)
print(issubclass(Other, Base), isinstance(Other(), Base), Base._abc_registry if hasattr(Base, '_abc_registry') else 'native')
print(abc.get_cache_token() is not None, type(Base) is ABCMeta, Base.__abstractmethods__, Impl.__abstractmethods__)

class M(metaclass=ABCMeta):
    @property
    @abstractmethod
    def p(self): ...
try:
    M()
except TypeError as e:
    print('TypeError', e)
import collections.abc
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), issubclass(dict, collections.abc.MutableMapping), isinstance(iter([]), collections.abc.Iterator))
