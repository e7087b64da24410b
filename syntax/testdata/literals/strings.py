a = 'plain'
a = "double 'quoted'"
a = 'single "quoted"'
a = '''triple
quoted 'with' "quotes"'''
a = """another
triple"""
a = 'esc \\ \' \" \a \b \f \n \r \t \v \0 \7 \77 \101 \777 \x41 \u00e9 \U0001F600'
a = 'unknown \d \w \q \8 \9'
a = '\N{LATIN SMALL LETTER E WITH ACUTE} \N{greek small letter alpha} \N{EM DASH}'
a = 'line \
continuation'
a = r'raw \n \x \N{x} \''
a = R"raw \d+"
a = u'unicode'
a = U'upper U'
a = 'concat' 'enated' "strings"
a = u'kind' 'of' 'first'
a = 'no' u'kind'
a = ('multi'
     'line'
     u'concat')
a = b'bytes \x00\xff\n\t\\'
a = b'concat' b' bytes'
a = rb'raw \x bytes' Br'\d' bR'' RB""
a = b'\777 \N{x} \u1234 \q'
a = ''
a = b''
a = '' ''
a = 'é' 'ü' '日本語' '\U0010FFFF'
a = '\ud800 \udfff \ud83d\ude00'
a = '\u2028 \u200b \xad \xa0 \x7f \x80'
a = """trailing\\"""
a = '''\
'''
a = 'tab	inside'
a = "\N{LINE FEED}\N{NUL}\N{BOM}"
a = '\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}'
def f():
    """Docstring with \n escapes and 'quotes'."""
    return 'x' \
        'y'
