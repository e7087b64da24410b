# importlib.import_module of a submodule whose package was imported
# already goes through importlib._bootstrap (ModuleSpec's
# _uninitialized_submodules bookkeeping)
import importlib
import email
m = importlib.import_module("email.charset")
print(m.__name__, m.__spec__.name, m.__spec__._uninitialized_submodules)
print(email.__spec__._uninitialized_submodules)
import json
print(importlib.import_module("json.tool").__name__)
