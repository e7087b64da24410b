__all__ = ['ghost']
