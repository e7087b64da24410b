import textwrap
s = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(s, 20))
print(textwrap.fill(s, 30))
print(textwrap.dedent("    a\n      b\n    c"))
print(textwrap.indent("x\ny", "> "), textwrap.shorten(s, 25))
