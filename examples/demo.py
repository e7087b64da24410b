"""A small inventory-and-orders simulation, used by `make demo`.

It exercises a broad slice of Python 3.11: classes and dataclasses,
properties, generators, comprehensions, f-strings with format specs,
structural pattern matching, exceptions (including groups), closures,
decorators, keyword-only arguments, and the standard library's
collections, heapq and itertools. Its output is deterministic.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import wraps


def logged(fn):
    """Count calls of the decorated function."""
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    stock: int = field(default=0, compare=False)

    @property
    def value(self) -> float:
        return self.price * self.stock


class OutOfStock(Exception):
    def __init__(self, name: str, wanted: int, have: int) -> None:
        super().__init__(f"{name}: wanted {wanted}, only {have} left")
        self.name, self.wanted, self.have = name, wanted, have


class Inventory:
    def __init__(self, items: list[Item]) -> None:
        self._items = {item.name: item for item in items}
        self.sold: Counter[str] = Counter()

    def __contains__(self, name: str) -> bool:
        return name in self._items

    def __iter__(self):
        yield from sorted(self._items.values())

    @logged
    def take(self, name: str, count: int = 1, *, strict: bool = True) -> float:
        item = self._items[name]
        if count > item.stock:
            if strict:
                raise OutOfStock(name, count, item.stock)
            count = item.stock
        item.stock -= count
        self.sold[name] += count
        return round(item.price * count, 2)

    def cheapest(self, n: int) -> list[str]:
        return [it.name for it in heapq.nsmallest(n, self._items.values())]


def orders():
    """Yield (customer, command) pairs: a deterministic pseudo-random stream."""
    customers = itertools.cycle(["ada", "bob", "cy", "dee"])
    seed = 12345
    names = ["apple", "bread", "cheese", "dates", "eggs", "flour", "grapes"]
    for _ in range(40):
        seed = (seed * 1103515245 + 12345) % 2**31
        kind = seed % 7
        name = names[seed % len(names)]
        match kind:
            case 0 | 1 | 2:
                yield next(customers), ("buy", name, 1 + seed % 3)
            case 3:
                yield next(customers), ("buy", name, 5)
            case 4:
                yield next(customers), ("ask", name)
            case _:
                yield next(customers), ("browse",)


def run() -> None:
    inv = Inventory([
        Item(0.5, "apple", 20), Item(2.25, "bread", 8), Item(7.0, "cheese", 4),
        Item(4.5, "dates", 6), Item(0.3, "eggs", 30), Item(1.1, "flour", 10),
    ])
    spent: defaultdict[str, float] = defaultdict(float)
    problems: list[Exception] = []
    for customer, command in orders():
        match command:
            case ("buy", name, count) if name in inv:
                try:
                    spent[customer] += inv.take(name, count)
                except OutOfStock as exc:
                    problems.append(exc)
                    spent[customer] += inv.take(name, count, strict=False)
            case ("buy", name, _):
                print(f"{customer:>4} wanted {name}, which is not sold here")
            case ("ask", name):
                print(f"{customer:>4} asks about {name!r}: {'yes' if name in inv else 'no'}")
            case ("browse",):
                print(f"{customer:>4} browses: cheapest are {', '.join(inv.cheapest(3))}")
            case other:
                print("unexpected", other)

    print()
    print(f"{'item':<8}{'price':>7}{'left':>6}{'value':>8}")
    for item in inv:
        print(f"{item.name:<8}{item.price:>7.2f}{item.stock:>6}{item.value:>8.2f}")
    print()
    for customer, total in sorted(spent.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{customer:>4} spent {total:6.2f}")
    best, count = inv.sold.most_common(1)[0]
    print(f"best seller: {best} ({count} sold), {Inventory.take.calls} sales calls")
    if problems:
        try:
            raise ExceptionGroup("shortages", problems)
        except* OutOfStock as group:
            names = sorted({e.name for e in group.exceptions})
            print(f"{len(group.exceptions)} shortages: {', '.join(names)}")


if __name__ == "__main__":
    run()
