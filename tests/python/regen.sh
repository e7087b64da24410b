#!/bin/sh
# Regenerates the expected output of every differential test program with
# the reference interpreter (Debian's CPython 3.11). Each NAME.py gets
# NAME.py.out (stdout), NAME.py.err (stderr) and NAME.py.exit (status).
# Programs run from their own directory so tracebacks name "NAME.py".
set -e
cd "$(dirname "$0")"
for dir in . pending; do
	(
		cd "$dir"
		for f in *.py; do
			[ -e "$f" ] || continue
			set +e
			/usr/bin/python3.11 "$f" >"$f.out" 2>"$f.err"
			echo $? >"$f.exit"
			set -e
		done
	)
done
