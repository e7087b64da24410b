# f-string format specs, conversions, nested specs, debugging =
x, y, name = 3.14159, 42, "world"
print(f"{x:.2f} {y:05d} {y:x} {y:#b} {name!r} {name:>8} {name:^9}|", f"{y:+} {-y: } {y:,} {10**6:_}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|{x:<{w}}|{name:{'*'}^{w}}", f"{'nested ' + name}", f"{y * 2 = }", f"{name=}", f"{x=:.1f}")
print(f"{{literal}} {y}", f"{'a' 'b'}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{(lambda v: v * 2)(4)}")
print(f"{3.0:g} {1e-7:g} {1e16:g} {0.5:%} {1/3:.3}", f"{True!s} {None!r} {b'x'!a}", f"{'é'!a}")
d = {"a": 1}
print(f"{d['a']} {len(d)} {sorted(d)}", f"{y:>{w}} | {y:<{w}} |")
for bad in ["f'{y:z}'", "f'{name:d}'", "f'{x:,d}'"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
    def __repr__(self):
        return "F()"
print(f"{F()} {F():spec} {F()!r} {F()=}")
n = 5
print(f"{n:{'>' if n > 3 else '<'}{n}}|", f"{'multi' f'{n}'}")
