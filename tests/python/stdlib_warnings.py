import warnings, sys
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    warnings.warn("careful", UserWarning)
    warnings.warn("old", DeprecationWarning)
print([(str(x.message), x.category.__name__) for x in w])
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.warn("ignored")
print("done")
