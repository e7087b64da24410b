import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), Color.RED.name, Color.RED.value)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W))
class S(enum.IntEnum):
    A = 1
    B = 2
print(S.A < S.B, S.A + 1, sorted([S.B, S.A]))
class Auto(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
print(Auto.X.value, Auto.Y.value, len(Auto))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
@enum.unique
class U(enum.Enum):
    A = 1
print(U.A, isinstance(Color.RED, Color))
