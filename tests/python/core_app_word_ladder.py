# BFS over words differing by one letter, with sets and string slicing
words = {"cold", "cord", "card", "ward", "warm", "worm", "word", "wood", "corm", "wore", "core"}
def neighbors(w):
    out = []
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            cand = w[:i] + c + w[i + 1:]
            if cand != w and cand in words:
                out.append(cand)
    return sorted(out)
def ladder(a, b):
    prev = {a: None}
    frontier = [a]
    while frontier:
        nxt = []
        for w in frontier:
            for n in neighbors(w):
                if n not in prev:
                    prev[n] = w
                    nxt.append(n)
        if b in prev:
            path = [b]
            while prev[path[-1]]:
                path.append(prev[path[-1]])
            return path[::-1]
        frontier = nxt
    return None
print(ladder("cold", "warm"), ladder("cold", "wood"), ladder("cold", "zzzz"), neighbors("cord"), len(words))
