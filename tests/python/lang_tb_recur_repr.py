class Node:
    def __init__(self): self.child = self
    def __repr__(self): return f"Node({self.child!r})"
print(repr(Node()))
