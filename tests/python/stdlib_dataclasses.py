from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item("a", 2.0); b = Item("b", 1.0, ["x"])
print(a, a == Item("a", 2.0), a < b, sorted([b, a])[0].name)
print(asdict(b), astuple(a), replace(a, price=9.5), [f.name for f in fields(Item)])
@dataclass(frozen=True)
class F:
    x: int
try:
    F(1).x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(hash(F(1)) == hash(F(1)), F(2))
@dataclass
class D:
    a: int
    b: int = field(default=5, repr=False)
    def __post_init__(self): self.c = self.a * 2
d = D(3); print(d, d.c)
