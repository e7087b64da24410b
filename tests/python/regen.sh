#!/bin/sh
# Regenerates the expected output of every differential test program with
# the reference interpreter (Debian's CPython 3.11). Each NAME.py gets
# NAME.py.out (stdout), NAME.py.err (stderr) and NAME.py.exit (status).
# Programs run from their own directory; CPython names the script by its
# absolute path in tracebacks, so that directory is cut from the output
# (the test harness does the same with Taipan's), leaving "NAME.py".
# Usage: regen.sh [NAME.py ...]   (default: every program)
set -e
PY=${PYTHON:-/usr/bin/python3.11}
regen() {
	dir=$(pwd)
	f=$1
	set +e
	PYTHONHASHSEED=0 "$PY" "$f" >"$f.out" 2>"$f.err" </dev/null
	echo $? >"$f.exit"
	set -e
	sed -i "s#$dir/##g" "$f.out" "$f.err"
}
if [ $# -gt 0 ]; then
	for f in "$@"; do
		(cd "$(dirname "$f")" && regen "$(basename "$f")")
	done
	exit 0
fi
cd "$(dirname "$0")"
for dir in .; do
	(
		cd "$dir"
		for f in *.py; do
			[ -e "$f" ] || continue
			regen "$f"
		done
	)
done
