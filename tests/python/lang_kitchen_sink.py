
class Token:
    __slots__ = ("kind", "text", "pos")
    def __init__(self, kind: str, text: str, pos: int) -> None:
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.text!r}@{self.pos})"
    def __eq__(self, other):
        if not isinstance(other, Token):
            return NotImplemented
        return (self.kind, self.text) == (other.kind, other.text)
    __hash__ = None

class LexError(Exception):
    def __init__(self, ch, pos):
        super().__init__(f"unexpected {ch!r} at {pos}")
        self.pos = pos

def tokenize(src):
    i = 0
    while i < len(src):
        ch = src[i]
        match ch:
            case " ":
                i += 1
            case "+" | "-" | "*" | "/" | "(" | ")":
                yield Token("op", ch, i)
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(src) and src[j].isdigit():
                    j += 1
                yield Token("num", src[i:j], i)
                i = j
            case _:
                raise LexError(ch, i)
    yield Token("end", "", i)

class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.i = 0
    @property
    def cur(self): return self.tokens[self.i]
    def eat(self, kind=None, text=None):
        t = self.cur
        if kind and t.kind != kind or text and t.text != text:
            raise SyntaxError(f"expected {text or kind}, got {t!r}")
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while self.cur.text in ("+", "-"):
            op = self.eat().text
            v = (op, v, self.term())
        return v
    def term(self):
        v = self.atom()
        while self.cur.text in ("*", "/"):
            op = self.eat().text
            v = (op, v, self.atom())
        return v
    def atom(self):
        if self.cur.text == "(":
            self.eat()
            v = self.expr()
            self.eat(text=")")
            return v
        return int(self.eat("num").text)

def evaluate(node):
    match node:
        case int(n):
            return n
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("-", a, b):
            return evaluate(a) - evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("/", a, b):
            return evaluate(a) / evaluate(b)

results = {}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "2 * (3", "7 $ 1", "8 / (4 - 4)"]:
    try:
        results[src] = evaluate(Parser(tokenize(src)).expr())
    except (LexError, SyntaxError, ZeroDivisionError) as e:
        results[src] = f"{type(e).__name__}: {e}"
for k, v in results.items():
    print(f"{k:<12} => {v}")
print(Token("a", "b", 0) == Token("a", "b", 5), Token("a", "b", 0) != Token("x", "b", 0))
try:
    hash(Token("a", "b", 0))
except TypeError as e:
    print(e)
print(Parser.__init__.__annotations__ if False else Token.__init__.__annotations__)
