# evaluate simple arithmetic on numbers written with words via dict lookups
words = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
ops = {"plus": lambda a, b: a + b, "minus": lambda a, b: a - b, "times": lambda a, b: a * b, "over": lambda a, b: a / b}
def evaluate(sentence):
    toks = sentence.lower().split()
    acc = words[toks[0]]
    for op, num in zip(toks[1::2], toks[2::2]):
        acc = ops[op](acc, words[num])
    return acc
for s in ["two plus three", "ten minus four times two", "nine over three", "one plus one plus one", "seven times zero", "five over zero", "six plus eleven"]:
    try:
        print(s, "=", evaluate(s))
    except ZeroDivisionError as e:
        print(s, "ZeroDivisionError", e)
    except KeyError as e:
        print(s, "KeyError", e)
print(sorted(words, key=words.get)[-3:], len(ops), {v: k for k, v in words.items()}[7])
