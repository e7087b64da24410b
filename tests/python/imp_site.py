import builtins
print(exit, quit)
print(type(exit).__name__, type(exit).__module__, type(license).__name__, type(help).__name__)
print(copyright)
print(credits)
print(license)
print(help)
print(builtins.exit is exit)
try:
    quit()
except SystemExit as e:
    print('SystemExit', e.code)
exit('leaving')
