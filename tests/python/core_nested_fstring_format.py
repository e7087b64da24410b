# formatting numbers inside containers and containers inside format strings
data = {"pi": 3.14159, "e": 2.71828, "big": 12345678.9}
print({k: f"{v:.2f}" for k, v in data.items()}, [f"{v:,.1f}" for v in data.values()], "; ".join(f"{k}={v:.3e}" for k, v in sorted(data.items())))
print(f"{data}", f"{list(data)}", f"{sorted(data.values())[0]:.1f}", f"{len(data):>3}", f"{[1, 2]!r:>10}", f"{(1, 'a')}")
print("{0[pi]:.3f} {0[e]:>8.2f} {1[0]:+d}".format(data, [5]), "%(pi).2f %(e)08.3f" % data, format(list(data.values())[2], "_.0f"))
matrix = [[1.5, -2.25], [10.0, 0.125]]
print("\n".join(" ".join(f"{x:7.3f}" for x in row) for row in matrix))
print([[f"{x:g}" for x in row] for row in matrix], f"{matrix[1][1]:.1%}", f"{sum(map(sum, matrix)):=+10.2f}")
