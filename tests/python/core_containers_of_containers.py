# lists of dicts of sets etc.: membership, sorting, counting across nesting
data = [{"tags": {"a", "b"}, "n": 1}, {"tags": {"b"}, "n": 2}, {"tags": set(), "n": 3}, {"tags": {"a", "c"}, "n": 4}]
all_tags = set().union(*(d["tags"] for d in data))
print(sorted(all_tags), [d["n"] for d in data if "a" in d["tags"]], sum(len(d["tags"]) for d in data))
by_tag = {t: sorted(d["n"] for d in data if t in d["tags"]) for t in sorted(all_tags)}
print(by_tag, max(by_tag, key=lambda t: len(by_tag[t])), [t for t, ns in by_tag.items() if len(ns) == 1])
grid = [[{i * j} for j in range(3)] for i in range(3)]
print(grid[2][2], sum(len(cell) for row in grid for cell in row), [sorted(set().union(*row)) for row in grid])
tuples = [(frozenset({1, 2}), [3]), (frozenset(), [])]
print({k: v for k, v in tuples}, dict(tuples)[frozenset({2, 1})], sorted(len(k) for k, _ in tuples))
stack = [[1, 2], [3]]
stack[0].extend(stack.pop())
print(stack, stack[0][::-1], [x for sub in stack for x in sub])
