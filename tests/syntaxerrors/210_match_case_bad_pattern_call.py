match x:
    case f.g()():
        pass
