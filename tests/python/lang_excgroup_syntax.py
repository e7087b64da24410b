for src in ["for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
            "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
            "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
            "try:\n    pass\nexcept* E:\n    for x in y:\n        break\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
