from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, TypedDict, Protocol, get_type_hints, cast, overload, Literal
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
print(Box[int](3).get(), Box[int], List[int], Dict[str, int], Optional[int], Union[int, str])
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt._fields, Pt.__annotations__)
class TD(TypedDict):
    a: int
print(TD(a=1), TD.__required_keys__)
def f(a: int, b: "str" = "") -> bool: return True
print(get_type_hints(f), cast(int, "x"), Literal["a", "b"], Callable[[int], str])
class P(Protocol):
    def m(self) -> int: ...
print(P.__name__, Any, list[int], dict[str, list[int]], int | None)
