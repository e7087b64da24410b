class T:
    def m(self):
        def f():
            super()
        try: f()
        except RuntimeError as e: print("RuntimeError", e)
        def f(x):
            del x
            super()
        try: f(None)
        except RuntimeError as e: print("RuntimeError", e)
        class X:
            def f(x):
                nonlocal __class__
                del __class__
                super()
        try: X().f()
        except RuntimeError as e: print("RuntimeError", e)
T().m()
