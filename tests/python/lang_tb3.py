import_ok = True
def fail():
    raise SystemExit(3)
print("before")
fail()
