import ast
tree = ast.parse("x = 1 + 2 * y\nprint(x)")
print(ast.dump(tree))
print(ast.dump(tree.body[0], include_attributes=True))
print(ast.literal_eval("[1, (2, 'a'), {'k': None}, -3.5]"), ast.unparse(tree))
class V(ast.NodeVisitor):
    def visit_Name(self, n): print("name", n.id)
V().visit(tree)
code = compile(tree, "<ast>", "exec"); ns = {"y": 4, "print": print}; exec(code, ns); print(ns["x"])
e = ast.Expression(body=ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
print(eval(compile(ast.fix_missing_locations(e), "<e>", "eval")))
