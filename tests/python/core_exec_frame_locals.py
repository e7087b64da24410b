def f(self):
    x = 5
    exec("print(x, self); y = 3")
    print(eval("x + 1"))
    exec("""if 1:
        def test(x):
            class Foo:
                global x
                def __call__(self, y):
                    return x + y
            return Foo()
        x = 0
        print(test(6)(2))
        """)
f("me")
