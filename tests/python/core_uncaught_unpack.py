# traceback carets under an unpacking target
print("start")
a, b = [1, 2, 3]
