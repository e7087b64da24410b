#!/usr/bin/env bash
# `make fuzz`: run every Go fuzz target of the module (func FuzzXxx in a
# _test.go file) for FUZZTIME each (default 10m), one after the other.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
FUZZTIME=${FUZZTIME:-10m}
status=0
found=0
while IFS=: read -r file line; do
	target=$(sed -E 's/^func (Fuzz[A-Za-z0-9_]*)\(.*/\1/' <<<"$line")
	pkg=./$(dirname "$file")
	found=1
	echo "== $pkg $target ($FUZZTIME)"
	$GO test -run='^$' -fuzz="^${target}\$" -fuzztime="$FUZZTIME" "$pkg" || status=1
done < <(grep -r --include='*_test.go' -E '^func Fuzz[A-Za-z0-9_]*\(' . | sed 's|^\./||' | sort)
if [ "$found" = 0 ]; then
	echo "no fuzz targets found" >&2
	exit 1
fi
exit $status
