x: int = 5
y: "str"
class P:
    a: int
    b: float = 1.5
    def m(self) -> None:
        z: int = 3
        return z
print(__annotations__, P.__annotations__, P.b, P().m(), x)
