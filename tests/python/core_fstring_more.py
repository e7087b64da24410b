# f-strings: expressions, nested quotes, format specs from variables, conversions with specs
import_free = {"a": 1, "b": [2, 3]}
w = 7
print(f"{import_free['a']} {import_free['b'][1]} {len(import_free)} {sum(import_free['b'])}")
print(f"{'x' * 3} {3 + 4 * 2} {(lambda v: v ** 2)(5)} {[i for i in range(3)]} {'yes' if w > 5 else 'no'}")
print(f"{w:>{w}}|{w:<{w}}|{w:^{w}}|{w:0{w}}|{3.14159:.{w - 4}f}|{'s':*>{w}}")
print(f"{'q'!r:>6}|{'é'!a:<10}|{3!s:>4}|{None!r}|{True!s:^7}|")
x = 42
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{x*2=}", f"{'lit'=}", f"{x!r=}" if False else f"{x=!r}")
print(f"{{}}", f"{{{x}}}", f"{x}{{", f"a{{b}}c", f"{x:{{}}}" if False else "skip", f"{'{'}")
print(f"""{x
 + 1}""", f"{x:#x} {x:#o} {x:#b} {x:e} {x:%} {x:,}", f"{-x:+} {x: } {x:=+6}")
vals = [1.5, 2.25]
print(f"{vals[0]:.1f}/{vals[-1]:.3e}", f"{str(vals):.5}", f"{vals!r:>15}", f"{len(vals):02d}")
