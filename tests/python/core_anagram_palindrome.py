# anagram and palindrome checks using sorted, reversed, Counter-like dicts
def normalize(s):
    return "".join(c.lower() for c in s if c.isalnum())
def is_pal(s):
    n = normalize(s)
    return n == n[::-1] and n == "".join(reversed(n))
def is_anagram(a, b):
    return sorted(normalize(a)) == sorted(normalize(b))
for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "Was it a car or a cat I saw?", "ab"]:
    print(repr(s), is_pal(s))
for a, b in [("Listen", "Silent"), ("Dormitory", "Dirty room"), ("abc", "abd"), ("", ""), ("aab", "abb")]:
    print(a, b, is_anagram(a, b))
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in (i, i + 1):
            lo, hi = i, j
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo, hi = lo - 1, hi + 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
print(longest_pal("babad"), longest_pal("cbbd"), longest_pal("forgeeksskeegfor"), longest_pal(""), longest_pal("a"))
