import base64
print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="))
print(base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), base64.b85encode(b"xyz"))
print(base64.b32decode(b"MFRGG==="), base64.a85encode(b"text"), base64.standard_b64decode("YQ=="))
try:
    base64.b64decode(b"abc", validate=True)
except Exception as e:
    print(type(e).__name__, e)
