x = f'{a!r} and {b!s:>{width}} {c!a}'
x = f"{a['key']} {b['k'] if 0 else 1}"
x = f'{ {"a": 1}["a"] }'
x = f'{(lambda y: y*2)(3)}'
x = f'{a == b} {a != b} {a <= b} {a >= b} {a < b} {a > b}'
x = f'{a=} {b = } {c=!s} {d=:>10} {e = !r:^5}'
x = f'{x:{"<" if left else ">"}{width}.{prec}f}'
x = f'''multi
line {a +
b} end {
  c
} tail'''
x = f'{a}' f'{b}' 'plain' u'uni' f'{c!r}'
x = u'start' f'{a}' 'end'
x = (f'first {a}'
     f'second {b:{c}}'
     'third')
x = f'{[y for y in z if y]}'
x = f'{3.14:.2f} {10:#x} {1e10:g}'
x = f'{a:%Y-%m-%d %H:%M:%S}'
x = f'{"nested" + f"{inner!r}"}'
x = f'{a}{b}{c}'
x = f'{{literal}} {{{a}}} }}{{'
x = f'\t{a}\n{b}\x41\N{BULLET}'
x = rf'\t{a}\n{b}\d+'
x = fr'{a}\{b}'
x = f'''{
a
}'''
x = f'{   a   }'
x = f'{a:}' f'{b!r:}'
x = f'{*a,}'
x = f'{a, b}'
x = f'{yield_}'
x = f'{a.b.c(d, e=f)[g:h]}'
x = f'{-a} {not a} {a if b else c}'
x = f'é{ä}ü{"ö"}'
def f():
    return f'{a!r:{b}{c}}' + F'{d}' + Rf'{e}'
x = f'{a:{b}}{c:{{}}}'
x = f'{a:\u00e9}'
x = f"{'''triple'''}"

