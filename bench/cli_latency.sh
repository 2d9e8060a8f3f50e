#!/usr/bin/env bash
# Wall time of everyday commands on a release build against a demo database.
#
#   bench/cli_latency.sh [CUSTOMERS] [RUNS]      defaults: 3 customers, 200 runs
#
# Builds with `cargo build --release` (honours CARGO_TARGET_DIR), makes a demo database with
# CUSTOMERS customer tenants in a throw-away HOME, then times, signed in as the demo partner's
# global admin:
#   whoami
#   can user.read --tenant contoso.example   (a customer tenant)
#   can user.read                            (own tenant)
# and /bin/true as the cost of starting a process at all. Uses hyperfine when installed,
# otherwise (or with BENCH_LOOP=1) a plain loop timed with `date +%s%N`. Prints mean and
# median milliseconds.
# Measurement only: nothing here asserts a limit.
set -euo pipefail

customers="${1:-3}"
runs="${2:-200}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin partnerctl
bin="${CARGO_TARGET_DIR:-$root/target}/release/partnerctl"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The demo signs in, which writes a session file under HOME: keep it out of the real one.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state"
unset PARTNERCTL_TOKEN PARTNERCTL_NOW PARTNERCTL_OUTPUT PARTNERCTL_NO_INPUT
export PARTNERCTL_DB="$work/demo.db"
mkdir -p "$HOME"

echo "building demo database with $customers customers ..." >&2
start=$(date +%s%N)
"$bin" demo --customers "$customers" -o json >/dev/null
echo "demo --customers $customers took $(( ($(date +%s%N) - start) / 1000000 )) ms;" \
    "database $(du -h "$PARTNERCTL_DB" | cut -f1)" >&2

names=("/bin/true" "whoami" "can user.read --tenant contoso.example" "can user.read"
    "users list --tenant contoso.example" "dashboard contoso.example" "dashboard -o json"
    "customers list -o json" "grants list" "doctor")
cmds=("/bin/true" "$bin whoami" "$bin can user.read --tenant contoso.example" "$bin can user.read"
    "$bin users list --tenant contoso.example" "$bin dashboard contoso.example" "$bin dashboard -o json"
    "$bin customers list -o json" "$bin grants list" "$bin doctor")

# Every command must run as intended (doctor exits 1 when it finds an error).
for i in "${!cmds[@]}"; do
    set +e
    ${cmds[$i]} >/dev/null 2>"$work/err"
    rc=$?
    set -e
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
        echo "${names[$i]} failed (exit $rc): $(cat "$work/err")" >&2
        exit 1
    fi
    echo "${names[$i]}: exit $rc" >&2
done

echo
echo "customers=$customers runs=$runs $(uname -sm) $(nproc) cpu(s)"
if [ -z "${BENCH_LOOP:-}" ] && command -v hyperfine >/dev/null 2>&1; then
    args=()
    for i in "${!cmds[@]}"; do args+=(--command-name "${names[$i]}" "${cmds[$i]}"); done
    hyperfine --shell=none --ignore-failure --warmup 10 --runs "$runs" \
        --export-json "$work/h.json" --style none "${args[@]}" >/dev/null 2>"$work/hf.err" ||
        { cat "$work/hf.err" >&2; exit 1; }
    python3 - "$work/h.json" <<'PY'
import json, sys
print(f"{'command':<42} {'mean ms':>8} {'median ms':>10} {'stddev':>7} {'min':>6} {'max':>6}")
for r in json.load(open(sys.argv[1]))["results"]:
    ms = lambda v: v * 1000
    print(f"{r['command']:<42} {ms(r['mean']):8.2f} {ms(r['median']):10.2f} "
          f"{ms(r['stddev']):7.2f} {ms(r['min']):6.2f} {ms(r['max']):6.2f}")
PY
else
    printf '%-42s %8s %10s\n' command "mean ms" "median ms"
    for i in "${!cmds[@]}"; do
        for _ in 1 2 3 4 5 6 7 8 9 10; do ${cmds[$i]} >/dev/null 2>&1 || true; done
        : >"$work/t"
        for ((n = 0; n < runs; n++)); do
            t0=$(date +%s%N)
            ${cmds[$i]} >/dev/null 2>&1 || true
            t1=$(date +%s%N)
            echo $((t1 - t0)) >>"$work/t"
        done
        sort -n "$work/t" | awk -v name="${names[$i]}" '
            { v[NR] = $1; s += $1 }
            END {
                med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
                printf "%-42s %8.2f %10.2f\n", name, s / NR / 1e6, med / 1e6
            }'
    done
fi
