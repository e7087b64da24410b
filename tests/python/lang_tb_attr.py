import_name = None
class Config:
    def __init__(self):
        self.settings = {"a": {"b": None}}
cfg = Config()
print(cfg.settings["a"]["b"].lower())
