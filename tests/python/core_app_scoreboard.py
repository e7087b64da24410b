# game scoreboard: dict updates, ranking with ties, formatting
events = [("ann", 10), ("bob", 7), ("cid", 10), ("ann", -3), ("dee", 12), ("bob", 6), ("cid", 2), ("eve", 0)]
scores = {}
for player, pts in events:
    scores[player] = scores.get(player, 0) + pts
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
place, last = 0, None
for i, (p, s) in enumerate(ranked, 1):
    if s != last:
        place, last = i, s
    print(f"{place:>2}. {p:<4} {s:>3} {'*' * max(s, 0)}")
print(max(scores.values()), [p for p, s in scores.items() if s == max(scores.values())], round(sum(scores.values()) / len(scores), 2))
print(sorted(scores, key=scores.get)[:2], {s: sorted(p for p in scores if scores[p] == s) for s in sorted(set(scores.values()))})
