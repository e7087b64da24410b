#!/usr/bin/env bash
# `make demo`: show what Taipan does today on the bundled examples.
# Needs only Go (bin/taipan is built by the Makefile). When Debian's
# /usr/bin/python3.11 is present, Taipan's output is compared with it.
set -uo pipefail
cd "$(dirname "$0")/.."

TAIPAN=bin/taipan
PY=/usr/bin/python3.11
DEMO=examples/demo.py
BAD=examples/syntax_error.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== 1. Parse a real program: $DEMO ($(wc -l <"$DEMO") lines)"
echo "\$ $TAIPAN -X ast-dump=noattrs $DEMO"
if $TAIPAN -X ast-dump=noattrs "$DEMO" >"$tmp/taipan.ast" 2>"$tmp/taipan.err"; then
	n=$(wc -c <"$tmp/taipan.ast")
	head -c 700 "$tmp/taipan.ast"
	echo " ... ($n bytes in all)"
	if [ -x "$PY" ]; then
		"$PY" -c 'import ast,sys; print(ast.dump(ast.parse(open(sys.argv[1],"rb").read())))' "$DEMO" >"$tmp/cpython.ast"
		if cmp -s "$tmp/taipan.ast" "$tmp/cpython.ast"; then
			echo "=> identical to CPython 3.11's ast.dump"
		else
			echo "=> differs from CPython 3.11's ast.dump (first difference at byte $(cmp "$tmp/taipan.ast" "$tmp/cpython.ast" | awk '{print $5}' | tr -d ,))"
		fi
	fi
else
	cat "$tmp/taipan.err"
	echo "=> Taipan could not parse it"
fi
echo

echo "== 2. A program with a mistake: $BAD"
echo "\$ $TAIPAN $BAD"
$TAIPAN "$BAD" 2>"$tmp/taipan.err"
echo "(exit status $?)"
cat "$tmp/taipan.err"
if [ -x "$PY" ]; then
	"$PY" "$BAD" 2>"$tmp/cpython.err"
	if cmp -s "$tmp/taipan.err" "$tmp/cpython.err"; then
		echo "=> byte for byte what CPython 3.11 prints"
	else
		echo "=> CPython 3.11 prints instead:"
		cat "$tmp/cpython.err"
	fi
fi
echo

echo "== 3. Run it: $TAIPAN $DEMO"
start=$(date +%s.%N)
$TAIPAN "$DEMO" >"$tmp/taipan.out" 2>&1
status=$?
end=$(date +%s.%N)
cat "$tmp/taipan.out"
echo "(exit status $status, $(awk "BEGIN{printf \"%.2f\", $end-$start}") s)"
if [ -x "$PY" ]; then
	"$PY" "$DEMO" >"$tmp/cpython.out" 2>&1
	if cmp -s "$tmp/taipan.out" "$tmp/cpython.out"; then
		echo "=> output identical to CPython 3.11's"
	else
		echo "=> output differs from CPython 3.11's:"
		diff "$tmp/cpython.out" "$tmp/taipan.out" | head -20
	fi
fi
exit 0
