def g(a):
    b = a * 2
    yield b
    c = b + 1
    yield c
it = g(5)
print(it.gi_frame.f_lineno, it.gi_frame.f_code.co_name, it.gi_frame.f_locals)
next(it)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals)
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
list(it)
print(it.gi_frame)
