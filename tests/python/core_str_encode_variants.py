# str.encode / bytes.decode with encodings and error handlers
text = "Grüße, 世界! €"
for enc in ["utf-8", "UTF8", "utf_8", "latin-1", "iso-8859-1", "ascii"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            b = text.encode(enc, errors)
            print(enc, errors, b, len(b))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError", e)
raw = text.encode("utf-8")
for enc in ["utf-8", "latin-1", "ascii"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(enc, errors, repr(raw.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError", e)
print("x".encode(), "x".encode(encoding="ascii"), b"x".decode(errors="strict"), str(raw, "utf-8") == text)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
