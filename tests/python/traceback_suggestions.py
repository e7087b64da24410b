# Uncaught NameError / AttributeError get CPython's "Did you mean" hint.
import subprocess, sys
cases = [
    "valeu = 1\nprint(vaelu)",
    "def f():\n    counter = 0\n    return countr\nf()",
    "print(lenn([1]))",
    "class C:\n    def __init__(self):\n        self.color = 1\nC().colour",
    "import math\nmath.sine(1)",
    "x = 1\nprint(zzzzzzzzzz)",
    "Print('x')",
    "[].appendd(1)",
    "class D:\n    __slots__ = ()\nD().anything",
    "abcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyz = 1\nabcdefghijklmnopqrstuvwxyz_abcdefghijklmnopqrstuvwxyZ",
]
for src in cases:
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
    print(r.stderr.strip().splitlines()[-1])
