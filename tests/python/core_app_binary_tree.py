# a binary search tree with tuple nodes, traversals and builtins
def insert(node, v):
    if node is None:
        return (v, None, None)
    val, left, right = node
    if v < val:
        return (val, insert(left, v), right)
    return (val, left, insert(right, v))
def inorder(node):
    if node is None:
        return []
    val, l, r = node
    return inorder(l) + [val] + inorder(r)
def height(node):
    return 0 if node is None else 1 + max(height(node[1]), height(node[2]))
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)
print(inorder(root), height(root), inorder(root) == sorted(inorder(root)), root[0], root[1][0], root[2][2][0])
def contains(node, v):
    while node:
        if v == node[0]:
            return True
        node = node[1] if v < node[0] else node[2]
    return False
print([contains(root, v) for v in (35, 36, 80, 10)], len(inorder(root)), sum(inorder(root)), min(inorder(root)))
