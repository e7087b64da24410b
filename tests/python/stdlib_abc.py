import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    Base()
except TypeError as e:
    print("TypeError", e)
class Impl(Base):
    def run(self): return "ran"
    @property
    def name(self): return "impl"
i = Impl(); print(i.run(), i.name, isinstance(i, Base))
class Virtual(abc.ABC): pass
Virtual.register(int)
print(isinstance(3, Virtual), issubclass(bool, Virtual), issubclass(str, Virtual))
from collections.abc import Sequence, Mapping, Iterable, Hashable, Sized
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterable), isinstance([], Hashable), issubclass(dict, Sized))
