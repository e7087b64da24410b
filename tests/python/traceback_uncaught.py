# an uncaught exception prints a traceback on stderr and exits 1
def inner(x):
    return x[5]

def outer():
    data = [1, 2, 3]
    return inner(data) + 1

print(1)
outer()
print(2)
