#!/usr/bin/python3.11
"""Reference dumps for tools/symtabcheck, produced by CPython 3.11.

Usage: cpython_symtable_dump.py MODE < file-list
Reads one path per line on stdin and writes one JSON object per line:
{"file": path, "out": text}. MODE is
  symtab  the symbol table of each file (symtable module), in the text
          format that symtabcheck also produces from Taipan's tables;
  code    co_varnames/co_cellvars/co_freevars of every code object;
  ast     the file's AST as JSON (so symtabcheck can test the symbol
          table on CPython's own parse, independently of Taipan's parser),
          written as {"file": path, "ast": tree} unless parsing fails;
  astdump ast.dump() of each file (to tell parser differences from
          symbol-table ones when checking with Taipan's parser).
Run it with /usr/bin/python3.11.
"""
import ast
import json
import symtable
import sys
import warnings

from _symtable import (DEF_PARAM, DEF_NONLOCAL, DEF_LOCAL, DEF_IMPORT,
                       DEF_ANNOT, DEF_BOUND, USE, SCOPE_OFF, SCOPE_MASK,
                       LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT)

# Names a scope receives only because a child's free variable passes
# through it have no flags of their own; CPython adds them in set order
# (hash dependent), so both dumps list them last, sorted.
LOW = (1 << SCOPE_OFF) - 1


def ordered(tab):
    syms = tab._table.symbols
    first = [n for n, f in syms.items() if f & LOW]
    rest = sorted(n for n, f in syms.items() if not f & LOW)
    return first + rest


def letters(flags, scope, module, namespace):
    out = []
    bound = module and flags & DEF_BOUND
    if flags & USE: out.append('R')
    if flags & DEF_IMPORT: out.append('I')
    if flags & DEF_PARAM: out.append('P')
    if scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT) or bound: out.append('G')
    if flags & DEF_NONLOCAL: out.append('N')
    if scope == GLOBAL_EXPLICIT: out.append('D')
    if scope in (LOCAL, CELL) or bound: out.append('L')
    if flags & DEF_ANNOT: out.append('A')
    if scope == FREE: out.append('F')
    if flags & DEF_LOCAL: out.append('S')
    if namespace: out.append('X')
    return ''.join(out)


def dump_symtab(tab, out, depth=0):
    ind = '  ' * depth
    kind = tab.get_type()
    if hasattr(kind, 'value'):
        kind = kind.value
    children = tab.get_children()
    out.append('%sscope %s %s line=%d nested=%d children=%d' % (
        ind, kind, tab.get_name(), tab.get_lineno(), tab.is_nested(),
        len(children)))
    names = ordered(tab)
    syms = tab._table.symbols
    if kind == 'function':
        pos = {n: i for i, n in enumerate(names)}
        for what in ('parameters', 'locals', 'globals', 'nonlocals', 'frees'):
            vals = sorted(getattr(tab, 'get_' + what)(), key=pos.__getitem__)
            out.append('%s  %s: %s' % (ind, what, ','.join(vals)))
    childnames = {c.get_name() for c in children}
    for n in names:
        f = syms[n]
        scope = (f >> SCOPE_OFF) & SCOPE_MASK
        out.append('%s  sym %s %d %s' % (ind, n, f, letters(
            f & LOW, scope, kind == 'module', n in childnames)))
    for c in children:
        dump_symtab(c, out, depth + 1)


def walk_code(co, out):
    if co.co_name != '<module>':
        # flags: CO_OPTIMIZED ... CO_ASYNC_GENERATOR, without the
        # __future__ bits.
        out.append('code %s %d flags=%#x varnames=%s cellvars=%s freevars=%s' % (
            co.co_name, co.co_firstlineno, co.co_flags & 0x3ff,
            ','.join(co.co_varnames), ','.join(co.co_cellvars),
            ','.join(co.co_freevars)))
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            walk_code(c, out)


def error_text(e):
    return 'ERROR %s: %s line=%s offset=%s end=%s,%s\n' % (
        type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno,
        e.end_offset)


def to_json(node):
    if isinstance(node, ast.AST):
        d = {'_t': type(node).__name__}
        for f in node._fields:
            d[f] = to_json(getattr(node, f, None))
        for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
            v = getattr(node, a, None)
            if v is not None:
                d[a] = v
        return d
    if isinstance(node, list):
        return [to_json(x) for x in node]
    if node is None or isinstance(node, (str, int, float)) and not isinstance(node, bool):
        if isinstance(node, float) and node != node:
            return None
        if isinstance(node, float) and node in (float('inf'), float('-inf')):
            return None
        if isinstance(node, int) and abs(node) > 2**53:
            return None
        return node
    if isinstance(node, bool):
        return node
    return None  # bytes, complex, Ellipsis: irrelevant to scopes


def main():
    mode = sys.argv[1]
    warnings.simplefilter('ignore')
    sys.setrecursionlimit(10000)
    for line in sys.stdin:
        path = line.rstrip('\n')
        if not path:
            continue
        try:
            with open(path, 'rb') as fp:
                src = fp.read()
            if mode == 'symtab':
                out = []
                dump_symtab(symtable.symtable(src, path, 'exec'), out)
                text = '\n'.join(out) + '\n'
            elif mode == 'code':
                out = []
                walk_code(compile(src, path, 'exec', dont_inherit=True), out)
                out.sort()
                text = '\n'.join(out) + '\n'
            elif mode == 'astdump':
                text = ast.dump(ast.parse(src, path)) + '\n'
            elif mode == 'ast':
                tree = to_json(ast.parse(src, path))
                sys.stdout.write(json.dumps({'file': path, 'ast': tree},
                                            separators=(',', ':')) + '\n')
                continue
            else:
                raise SystemExit('unknown mode ' + mode)
        except SyntaxError as e:
            text = error_text(e)
        except (ValueError, RecursionError, MemoryError) as e:
            text = 'ERROR %s: %s\n' % (type(e).__name__, e)
        sys.stdout.write(json.dumps({'file': path, 'out': text}) + '\n')
        sys.stdout.flush()


if __name__ == '__main__':
    main()
