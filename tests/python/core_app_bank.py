# classes with properties, exceptions and dunder methods
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need, self.have = need, have
class Account:
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.count += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
    def __lt__(self, other):
        return self._balance < other._balance
    def __eq__(self, other):
        return isinstance(other, Account) and self._balance == other._balance
    __hash__ = None
a = Account("ann", 100).deposit(50).withdraw(30)
b = Account("bob")
print(a, b, a.balance, a.history, Account.count, a > b, a == Account("x", 120), sorted([a, b]))
for op in [lambda: b.withdraw(10), lambda: a.deposit(-5), lambda: setattr(a, "balance", 5), lambda: hash(a)]:
    try:
        op()
    except InsufficientFunds as e:
        print("InsufficientFunds", e, e.need, e.have)
    except Exception as e:
        print(type(e).__name__, e)
print(max([a, b, Account("cy", 500)]), min([a, b]).owner, [x.owner for x in sorted([a, b, Account("d", 70)], reverse=True)])
