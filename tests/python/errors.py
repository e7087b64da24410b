# builtin error messages (printed without string literals)
def show(f, *args):
    try:
        r = f(*args)
        print(r)
    except Exception as e:
        print(type(e).__name__, e)

def div0(a): return a / 0
def fdiv0(a): return a // 0
def mod0(a): return a % 0
def idx(a): return a[10]
def key(a): return a[99]
def unbound():
    if False:
        x = 1
    return x
def call_int(a): return a()
def too_many(): return show(1, 2, 3)
def attr(a): return a.nope
def add(a, b): return a + b
def lt(a, b): return a < b
def unpack2(a):
    x, y = a
    return x
def neg(a): return -a
def missing(a, b): return a

show(div0, 1)
show(div0, 1.0)
show(fdiv0, 1)
show(fdiv0, 1.0)
show(mod0, 1)
show(idx, [1])
show(idx, (1,))
show(key, {})
show(unbound)
show(call_int, 1)
show(attr, 1)
show(add, 1, [])
show(add, [], 1)
show(lt, 1, [])
show(unpack2, [1, 2, 3])
show(unpack2, [1])
show(unpack2, 5)
show(neg, [])
show(missing)
show(missing, 1)
show(missing, 1, 2, 3)
show(int, [])
show(len, 5)
show(iter, 5)
show(hash, [])
show(next, iter([]))
show(list.pop, [])
show(range, 1, 2, 0)
