__all__ = ['sub1', 'top']
top = 'top'
