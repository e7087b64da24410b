# Morse code translation with dicts, join/split and error handling
codes = {"a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.", "h": "....", "i": "..", "j": ".---",
         "k": "-.-", "l": ".-..", "m": "--", "n": "-.", "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-",
         "u": "..-", "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "1": ".----", "2": "..---", "0": "-----"}
rev = {v: k for k, v in codes.items()}
def encode(msg):
    return " / ".join(" ".join(codes[c] for c in word) for word in msg.lower().split())
def decode(code):
    return " ".join("".join(rev[s] for s in word.split()) for word in code.split(" / "))
for m in ["sos", "hello world", "Taipan 2 go", "a b c"]:
    e = encode(m)
    print(repr(m), e, decode(e))
try:
    encode("what?")
except KeyError as ex:
    print("KeyError", ex)
print(len(codes), len(rev) == len(codes), max(codes, key=lambda k: len(codes[k])), sorted(k for k, v in codes.items() if len(v) == 1))
