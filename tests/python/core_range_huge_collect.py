big=range(10**20)
print(big,big[1],big[0*9],0*9 in big,big[:][3])
print(range(-0*0,10**20,1*9)[5],len(range(0,0*0,1*8)))
print(big.count(0*9),big.index(0*1),(0*9) in range(0*8,0*1,1*8))
print(range(2 ** 64).stop, range(2 ** 64)[2 ** 63 :][:2])
for f in (list, tuple, sorted):
    for r in (range(2**64), range(10**18), range(2**64, 2**64 + 3)):
        try:
            x = f(r)
            print(f.__name__, len(x))
        except (OverflowError, MemoryError) as e:
            print(f.__name__, type(e).__name__, e)
