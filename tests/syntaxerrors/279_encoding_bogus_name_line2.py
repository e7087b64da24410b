#!/usr/bin/env python
# vim: set fileencoding=klingon :
x = 1
