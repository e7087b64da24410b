import tokenize, io, token
src = "def f(a):\n    return a + 1  # comment\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("x=1\n").readline)))
