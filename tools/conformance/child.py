"""Runs one CPython test module under Taipan and reports its counts.

    taipan tools/conformance/child.py test.test_bool

Started by tools/conformance (one process per module). The last line it
prints is the machine-readable result:

    CONFORMANCE-RESULT run=N failures=N errors=N skipped=N
"""

import sys
import unittest

name = sys.argv[1]

import test.support

# Outside regrtest every resource counts as enabled; regrtest sets the list
# to [] unless -u is given, so network/cpu/largefile tests skip themselves.
test.support.use_resources = []
test.support.verbose = 0


class CountingResult(unittest.TextTestResult):
    pass


def main():
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromName(name)
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2,
                                     resultclass=CountingResult)
    result = runner.run(suite)
    failures = len(result.failures) + len(result.unexpectedSuccesses)
    print("CONFORMANCE-RESULT run=%d failures=%d errors=%d skipped=%d" % (
        result.testsRun, failures, len(result.errors), len(result.skipped)),
        flush=True)


main()
