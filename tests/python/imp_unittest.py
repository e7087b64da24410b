# unittest end to end (loader, runner, assertions, skips, failures),
# with the clock frozen so the report is deterministic.
import sys, time, unittest
time.perf_counter = lambda: 0.0

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    @unittest.skip('because')
    def test_skip(self):
        pass
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, 'bad'):
            raise ValueError('bad value')
    def test_error(self):
        {}['missing']
    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=sys.stdout, verbosity=2))
r = prog.result
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), r.wasSuccessful())
