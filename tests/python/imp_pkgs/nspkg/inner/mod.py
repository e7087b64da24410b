NAME = 'nspkg.inner.mod'
