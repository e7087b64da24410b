# class reprs and exception messages with strings
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "Hello, " + self.name
    def __str__(self):
        return "Greeter(" + self.name + ")"

g = Greeter("Bob")
print(g.greet(), str(g))
try:
    raise ValueError("bad value")
except ValueError as e:
    print("caught:", e)
try:
    g.missing
except AttributeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
def f():
    raise KeyError("k")
try:
    f()
except KeyError as e:
    print(repr(e), str(e))
raise RuntimeError("final")
