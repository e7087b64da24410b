#!/usr/bin/env bash
# `make fuzz`: run every Go fuzz target of the module for FUZZTIME each
# (default 10m), one after the other.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
FUZZTIME=${FUZZTIME:-10m}
status=0
found=0
for pkg in $($GO list ./...); do
	for target in $($GO test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true); do
		found=1
		echo "== $pkg $target ($FUZZTIME)"
		$GO test -run='^$' -fuzz="^${target}\$" -fuzztime="$FUZZTIME" "$pkg" || status=1
	done
done
if [ "$found" = 0 ]; then
	echo "no fuzz targets found" >&2
	exit 1
fi
exit $status
