"""Generate cases.json: compiled _sre code plus CPython 3.11's results.

Run: /usr/bin/python3.11 modules/sre/testdata/gen.py > modules/sre/testdata/cases.json
"""
import json
import re
from re import _parser, _compiler

I, M, S, A, X = re.I, re.M, re.S, re.A, re.X

PATS = [
    (r'abc', ['abc', 'xabcy', 'ab', 'ABC', '']),
    (r'a.c', ['abc', 'a\nc', 'ac']),
    (r'a*', ['', 'aaa', 'baaa', 'AaA']),
    (r'a+?b', ['aaab', 'b', 'ab']),
    (r'a{2,3}', ['a', 'aa', 'aaaa', 'aaaaaaa']),
    (r'a{2,3}?', ['aaaa']),
    (r'(a)(b)?', ['a', 'ab', 'b']),
    (r'(a|b)*c', ['abac', 'c', 'ab']),
    (r'(a|ab)(c|bcd)(d*)', ['abcd']),
    (r'((a)|b)+', ['ab', 'ba', 'aab']),
    (r'(a*)*', ['-', 'aa']),
    (r'(a*)+', ['-', 'aa']),
    (r'(a|)*b', ['aab', 'b']),
    (r'(?:(a)|b)*', ['ab', 'ba']),
    (r'(a)|b', ['b', 'a']),
    (r'(\w+)\s+\1', ['hello hello', 'ab abc', 'x y']),
    (r'(?P<n>a+)(?P=n)', ['aaaa', 'aaa']),
    (r'(a)?(?(1)b|c)', ['ab', 'c', 'ac', 'b']),
    (r'(?:(a)|x)(?(1)b)', ['ab', 'x', 'a']),
    (r'(?=a)\w+', ['abc', 'bc']),
    (r'\w+(?!x)', ['abx', 'ab']),
    (r'(?<=a)b', ['ab', 'b', 'cb']),
    (r'(?<!a)b', ['ab', 'b', 'cb']),
    (r'(?<=(a))b', ['ab']),
    (r'\bfoo\b', ['foo', 'a foo b', 'foobar', '']),
    (r'\Bo\B', ['foo', 'o']),
    (r'^a$', ['a', 'a\n', 'b\na\nc']),
    (r'^\w+$', ['ab\ncd', 'ab\ncd\n']),
    (r'\Aab\Z', ['ab', 'ab\n']),
    (r'a.*b', ['a\nb', 'axxbyyb']),
    (r'a.*?b', ['axxbyyb']),
    (r'[a-z]+', ['Hello World', '123']),
    (r'[^a-z]+', ['Hello World']),
    (r'[\d\s]+', ['12 34x', '\u0661\u0662 \u00a0']),
    (r'\d+', ['abc123', '\u0661\u0662\u0663', '\u00b2']),
    (r'\D+', ['abc123']),
    (r'\s+', [' \t\n\x1c\u2028x', '\x85']),
    (r'\S+', ['ab cd']),
    (r'\w+', ['héllo wörld', 'δοκιμή', '_x1', '\u00b2\u2167']),
    (r'\W+', ['a, b']),
    (r'[\w-]+@\w+\.com', ['mail me at joe-x@example.com now']),
    (r'[éa-c]+', ['ébac', 'ÉBAC']),
    (r'[\u0100-\u017f]+', ['ĀāĂ', 'āĀ']),
    (r'[^\u0100-\u017f]+', ['abcĀ']),
    (r'[a-zA-Z0-9_\u4e00-\u9fff]+', ['中文abc', '日本語']),
    (r'[\U00010000-\U0001ffff]', ['a\U0001F600b']),
    (r'ß', ['ß', 'SS', 'ẞ']),
    (r'[ß]', ['ẞ']),
    (r'\u0130', ['i', 'İ', 'I']),
    (r'[k]', ['K', '\u212a']),
    (r'k', ['K', '\u212a']),
    (r'Σ+', ['σςΣ']),
    (r'[σ]+', ['σςΣ']),
    (r'(a)(?P<x>b)?(c)', ['ac', 'abc']),
    (r'(?i)AbC', ['abc', 'ABC']),
    (r'(?i:a)b', ['Ab', 'AB']),
    (r'(?-i:a)b', ['Ab', 'aB']),
    (r'(?x) a b  # comment\n c', ['abc']),
    (r'a++b', ['aaab', 'aaa']),
    (r'a*+a', ['aaa']),
    (r'(?:ab)++c', ['ababc', 'abab']),
    (r'(?:ab)*+ab', ['abab']),
    (r'(?>a+)b', ['aab', 'aa']),
    (r'(?>a|ab)c', ['abc', 'ac']),
    (r'(?>(a+))b', ['aaab']),
    (r'(a+)++b', ['aab']),
    (r'x{0}', ['x']),
    (r'(?:a{2})*', ['aaaaa']),
    (r'(a{2})*?b', ['aaaab']),
    (r'(a+|b+)*?c', ['abbac']),
    (r'(?:(a)|(b))+', ['ab', 'ba', 'aba']),
    (r'(?:(a)|(b))*?c', ['abc']),
    (r'((a)|(b))*', ['ab']),
    (r'(a)*?(b)', ['aab']),
    (r'(?:a|(b))*', ['bab']),
    (r'(a|b)*?b', ['aab']),
    (r'(?:x(a)?)+', ['xax']),
    (r'(?:x(a)??)+', ['xax']),
    (r'(?:(a)|b)+?c', ['abc', 'bac']),
    (r'\b', ['', 'ab cd']),
    (r'', ['', 'abc']),
    (r'x*', ['axxb', '']),
    (r'|a', ['a', 'ba']),
    (r'a|', ['ba']),
    (r'\s*', ['a b  c']),
    (r'(?m)^', ['a\nb\n']),
    (r'(?m)$', ['a\nb\n']),
    (r'$', ['a\nb\n']),
    (r'\Z', ['a\n']),
    (r'a?', ['baa']),
    (r'(?s).', ['a\nb']),
    (r'.', ['a\nb']),
    (r'(?<=\b)\w', ['ab cd']),
    (r'(?<=ab|cd)x', ['abx', 'cdx', 'efx']),
    (r'(?<!^)x', ['xx']),
    (r'(?=(\w+))', ['abc']),
    (r'(?!a)\w', ['ab']),
    (r'(a)(?!\1)\w', ['aa', 'ab']),
    (r'(?i)(a)\1', ['aA', 'Aa', 'ab']),
    (r'(?i)(ß)\1', ['ßẞ']),
    (r'(?i)[^a-c]+', ['ABCdEf']),
    (r'(?i)[α-ω]+', ['ΑΒΓ', 'αβγ']),
    (r'(?i)[\u0400-\u04ff]+', ['ПРИВЕТ привет']),
    (r'(?i)\xe9', ['É', 'é']),
    (r'(?i)[^\xe9]', ['É']),
    (r'(?i)[a-z\d]+', ['AB12cd']),
    (r'(?i)\w+', ['ABC']),
    (r'(?i)x+y', ['XXxY']),
    (r'(?i)x+?y', ['XXxY']),
    (r'(?i)[xX]{2}', ['xX']),
    (r'(a)|(b)|(c)', ['c', 'b']),
    (r'(?P<first>a)(?P<second>b)?', ['ab', 'a']),
    (r'((a)(b))', ['ab']),
    (r'(a(b(c)))', ['abc']),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', ['abcdefghijkk']),
    (r'(?:a|b|c|d|e)+', ['abcdefg']),
    (r'foo|bar|baz|qux|quux', ['xxquux', 'bazooka', 'nothing']),
    (r'(foo|foobar)baz', ['foobarbaz']),
    (r'[^\n]*', ['abc\ndef']),
    (r'\d{3}-\d{4}', ['call 555-1234 now']),
    (r'(\d+)\.(\d+)', ['v3.14']),
    (r'(.)\1', ['abccd']),
    (r'(.+)\1+', ['abab', 'xyzxyzxyz']),
    (r'(a*)b\1', ['aabaa', 'aaba']),
    (r'(a*)*b', ['aaac']),
    (r'(?:a*)*b', ['aaac']),
    (r'(x)?(?(1)a|b)+', ['xaa', 'bb']),
    (r'(?P<q>["\'])(.*?)(?P=q)', ['say "hi" and \'yo\'']),
    (r'\\', ['a\\b']),
    (r'[\]]', ['a]']),
    (r'[]-]', ['-]']),
    (r'\x41\101\u0041', ['AAA']),
    (r'\t\n\r\f\v', ['\t\n\r\f\v']),
    (r'[\s\S]', ['\n']),
    (r'[^\W\d]+', ['ab12_c']),
    (r'(?:[a-c]|d)+e', ['abde']),
    (r'a{,2}', ['aaa']),
    (r'a{3,}', ['aaaa', 'aa']),
    (r'a{1,1000}', ['a' * 50]),
    (r'(ab){1,3}?c', ['ababc']),
    (r'(?:a(?=b)|.)+', ['abac']),
    (r'\w+(?<=e)', ['three trees']),
    (r'(?<=\d{3})x', ['123x', '12x']),
    (r'(?<![a-z])\d', ['a1 2']),
    (r'(?:(a)|(b)|c)*?d', ['abcd', 'cbad']),
    (r'((a)|(b))*?c', ['abac']),
    (r'(?:(?:(a)|b)c)+', ['acbc', 'bcac']),
    (r'(a)(?:b(?=(c))|bd)', ['abd', 'abc']),
    (r'(?:(a)b|ac)*', ['abac']),
    (r'((?:a|b)*?)c\1', ['abcab']),
    (r'(?:a(b)?)+?x', ['aabax']),
    (r'(\w)(?:(?!\1).)*', ['abcab']),
    (r'(?:(a)|(?(1)b|c))+', ['acab']),
    (r'(a)?(?(1)|x)y', ['ay', 'xy', 'y']),
    (r'(?:(a)++|b)*c', ['aabac']),
    (r'(?>(a)|b)*c', ['abac']),
    (r'(?:(?=(a))a)*', ['aaa']),
    (r'(?:(?!(b))a)*', ['aab']),
    (r'(?:a|(?<=a)b)+', ['abab']),

    (r'x(?:(a)|b){2,3}?y', ['xabay', 'xbby']),
    (r'(?:(a)|b){2,}', ['abab']),
    (r'(a|b)*+c', ['abc']),
    (r'(?:ab|a)*?b', ['aab']),
]

def to_list(s):
    return [c for c in s] if isinstance(s, bytes) else [ord(c) for c in s]

def res(m, ngroups):
    if m is None:
        return None
    marks = []
    for g in range(ngroups + 1):
        marks.extend(m.span(g))
    return {'m': marks, 'li': -1 if m.lastindex is None else m.lastindex}

def variants(pat, subjects):
    flagsets = [0, I, M | S]
    for fl in flagsets:
        yield pat, fl, subjects
        yield pat, fl | A, subjects
    try:
        bp = pat.encode('latin1')
        bs = [s.encode('latin1') for s in subjects if all(ord(c) < 256 for c in s)]
        if '\\u' not in pat and '\\U' not in pat:
            for fl in flagsets:
                yield bp, fl, bs
    except UnicodeEncodeError:
        pass

def main():
    cases = []
    nsub = 0
    for pat, subjects in PATS:
        for p, fl, subs in variants(pat, subjects):
            try:
                rx = re.compile(p, fl)
                parsed = _parser.parse(p, fl)
                code = _compiler._code(parsed, fl)
            except (re.error, ValueError):
                continue
            ng = rx.groups
            out = []
            for s in subs:
                n = len(s)
                for pos, endpos in [(0, n), (1, n), (0, max(n - 1, 0)), (2, 1)]:
                    try:
                        r = {
                            'search': res(rx.search(s, pos, endpos), ng),
                            'match': res(rx.match(s, pos, endpos), ng),
                            'fullmatch': res(rx.fullmatch(s, pos, endpos), ng),
                            'iter': [res(m, ng) for m in rx.finditer(s, pos, endpos)],
                        }
                    except Exception as e:
                        r = {'error': type(e).__name__}
                    r.update(s=to_list(s), bytes=isinstance(s, bytes), pos=pos, endpos=endpos)
                    out.append(r)
                    nsub += 1
            cases.append({'pattern': repr(p), 'flags': rx.flags, 'code': code,
                          'groups': ng, 'subjects': out})
    json.dump({'cases': cases}, __import__('sys').stdout, separators=(',', ':'))

main()
