# -*- coding: utf-9 -*-
x = 1
