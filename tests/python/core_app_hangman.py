# a deterministic word game: sets of guessed letters and masked strings
word = "programming"
guesses = "eaoirxgmnpz"
guessed = set()
wrong = []
for g in guesses:
    guessed.add(g)
    if g not in word:
        wrong.append(g)
    masked = "".join(c if c in guessed else "_" for c in word)
    print(f"{g}: {masked} wrong={''.join(wrong)} left={len(set(word) - guessed)}")
    if "_" not in masked:
        print("solved with", len(guessed), "guesses")
        break
print(sorted(set(word)), sorted(set(word) & set(guesses)), word.count("m"), [i for i, c in enumerate(word) if c == "r"])
