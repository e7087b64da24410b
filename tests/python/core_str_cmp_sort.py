# string comparison is by code point; sorting mixed-case and non-ASCII text
words = ["banana", "Apple", "apple", "Ápple", "cherry", "Zebra", "zebra", "éclair", "eclair", "ß", "ss", "", "a", "aa", "A"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold))
print(sorted(words, key=len), min(words), max(words), min(words, key=len), max(words, key=len))
print("a" < "b" < "c", "A" < "a", "Z" < "a", "é" > "z", "" < "a", "abc" < "abcd", "abd" > "abc", "10" < "9", "ß" > "ss")
print([ord(c) for c in "Aaé€😀"], sorted("Hello, World!"), "".join(sorted("dcba", reverse=True)))
