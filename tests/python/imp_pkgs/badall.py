__all__ = ['ok', 42]
ok = 1
