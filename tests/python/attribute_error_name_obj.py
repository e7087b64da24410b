import math
try:
    math.sine(1)
except AttributeError as e:
    print(repr(e.name), repr(e.obj))
try:
    math.sine
except AttributeError as e:
    print(repr(e.name), repr(e.obj))
