class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance

def process(acct, amounts):
    results = []
    for a in amounts:
        try:
            results.append(acct.withdraw(a))
        except ValueError as e:
            raise RuntimeError("processing failed") from e
    return results

print(process(Account(100), [10, 20]))
def handler():
    try:
        process(Account(5), [10])
    except RuntimeError:
        data = {"k": 1}
        return data["missing"]

handler()
