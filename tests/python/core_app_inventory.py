# sets and dicts for inventory reconciliation
warehouse = {"apple": 10, "pear": 0, "kiwi": 5, "plum": 7}
orders = [("apple", 3), ("kiwi", 6), ("mango", 1), ("plum", 7), ("apple", 8)]
shipped, backorder = [], []
for item, qty in orders:
    have = warehouse.get(item)
    if have is None:
        backorder.append((item, qty, "unknown item"))
    elif have >= qty:
        warehouse[item] = have - qty
        shipped.append((item, qty))
    else:
        backorder.append((item, qty, f"only {have}"))
print(shipped)
print(backorder)
print(warehouse, {k for k, v in warehouse.items() if v == 0}, sum(warehouse.values()))
ordered = {i for i, _ in orders}
stocked = set(warehouse)
print(sorted(ordered & stocked), sorted(ordered - stocked), sorted(stocked - ordered), sorted(ordered ^ stocked))
totals = {}
for item, qty in orders:
    totals[item] = totals.get(item, 0) + qty
print(dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))), max(totals.values()), len(totals))
restock = dict.fromkeys((k for k, v in warehouse.items() if v < 3), 20)
warehouse.update(restock)
print(warehouse, list(restock))
print(frozenset(warehouse) == frozenset(stocked), sorted(warehouse, key=warehouse.get)[:2])
