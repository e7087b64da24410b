for x in *a, *b:
    pass
for y in **c:
    pass
