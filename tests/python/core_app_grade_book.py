# grade book: averages, letter grades via bisect-like thresholds, rounding
students = {"ann": [92, 88, 95], "bob": [75, 64, 80], "cid": [58, 71, 49], "dee": [100, 100, 99], "eve": []}
def letter(avg):
    for cut, g in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cut:
            return g
    return "F"
report = {}
for name, marks in sorted(students.items()):
    try:
        avg = sum(marks) / len(marks)
    except ZeroDivisionError:
        print(f"{name:<4} no marks")
        continue
    report[name] = (round(avg, 2), letter(avg))
    print(f"{name:<4} {avg:6.2f} {letter(avg)} {max(marks):>3} {min(marks):>3} {sorted(marks, reverse=True)}")
print(report, max(report, key=lambda n: report[n][0]), sorted({g for _, g in report.values()}))
print({g: sorted(n for n in report if report[n][1] == g) for g in "ABCDF"}, round(sum(a for a, _ in report.values()) / len(report), 3))
