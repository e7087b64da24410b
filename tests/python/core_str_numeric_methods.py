# str.isdigit/isdecimal/isnumeric on digit families, and int() of those strings
samples = ["123", "１２３", "١٢٣", "۱۲۳", "१२३", "²", "½", "Ⅻ", "一二三", "12a", "", "٠", "𝟘𝟙"]
for s in samples:
    try:
        v = int(s)
    except ValueError:
        v = "ValueError"
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), v)
print(int("１２") + int("٣"), float("１.５"), int("  ۴۵  "), "".join(str(int(c)) for c in "٠١٢٣٤٥٦٧٨٩"))
