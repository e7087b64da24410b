import unittest, io
class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1 + 1, 2)
        self.assertIn(1, [1, 2])
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    @unittest.skip("reason")
    def test_skip(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 5)
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
out = io.StringIO()
res = unittest.TextTestRunner(stream=out, verbosity=0).run(suite)
print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped), res.wasSuccessful())
print(res.failures[0][0].id())
