import _ast
t = compile("x = 1 + 2 * y\nprint(x)\n", "<s>", "exec", _ast.PyCF_ONLY_AST)
print(type(t), t._fields, type(t.body[0]).__name__, t.body[0].targets[0].id, type(t.body[0].value.op))
print(t.body[0].lineno, t.body[0].end_col_offset, _ast.Load() is not _ast.Load(), t.body[0].targets[0].ctx is compile("z=0","","exec",1024).body[0].targets[0].ctx)
c = compile(t, "<ast>", "exec"); ns = {"y": 4}; exec(c, ns); print(ns["x"])
print(_ast.Name.__doc__, _ast.expr._attributes, _ast.FunctionDef.returns, _ast.Module.__mro__)
try:
    _ast.Module(1, 2, 3)
except TypeError as e:
    print(e)
e = _ast.Expression(body=_ast.BinOp(_ast.Constant(2), _ast.Pow(), _ast.Constant(10), lineno=1, col_offset=0), )
try:
    compile(e, "<e>", "eval")
except TypeError as err:
    print("TypeError", err)
