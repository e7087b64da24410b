#!/bin/bash
# Regenerate cmd/taipan/default.pgo, the CPU profile that `go build`
# uses for profile-guided optimisation (inlining and code layout of the
# interpreter's hot paths). The profile merges a run of every benchmark
# program with runs of a few CPython test modules, so that it covers
# general interpreter work and not only the benchmarks. Build without the
# profile to compare: go build -pgo=off ./cmd/taipan
#
# Regenerate after editing the eval loop (vm/eval.go): the profile names
# lines by their offset in a function, so edits that move runFrom's lines
# make a stale profile mislead the compiler (one such edit turned a 3 %
# gain into a 45 % loss on the calls benchmark until the profile was
# rebuilt).
set -euo pipefail
cd "$(dirname "$0")/.."
go build -trimpath -pgo=off -o bin/taipan-nopgo ./cmd/taipan
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for f in benchmarks/programs/*.py; do
	TAIPAN_CPUPROFILE="$dir/$(basename "$f" .py).prof" bin/taipan-nopgo "$f" >/dev/null
done
for m in test_json test_re test_list test_dict test_string test_textwrap test_difflib test_statistics; do
	TAIPAN_CPUPROFILE="$dir/t_$m.prof" timeout 300 bin/taipan-nopgo -m unittest -q "test.$m" >/dev/null 2>&1 || true
done
go tool pprof -proto "$dir"/*.prof >cmd/taipan/default.pgo
rm -f bin/taipan-nopgo
echo "wrote cmd/taipan/default.pgo ($(wc -c <cmd/taipan/default.pgo) bytes)"
