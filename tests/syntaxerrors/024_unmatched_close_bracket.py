foo]
