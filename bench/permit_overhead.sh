#!/usr/bin/env bash
# What deciding inside the write transaction costs: this build against a baseline build of
# partnerctl (e.g. one from before the Permit), as paired ratios on the same workloads.
#
#   bench/permit_overhead.sh BASELINE_BINARY [ROWS] [PAIRS]     defaults: 10000 rows, 9 pairs
#
# A baseline binary is made with, for example:
#   git worktree add /tmp/base 4241917 && cargo build --release --manifest-path /tmp/base/Cargo.toml
#   bench/permit_overhead.sh /tmp/base/target/release/partnerctl
#
# Each binary gets its own demo database (their schemas may differ), signed in as the demo
# partner's global admin. Workloads, run A (this build) then B (baseline) in turn, PAIRS times:
#   bulk    invite --from-csv of ROWS new customer domains, each run on a fresh copy of the demo
#   write   requests create --tenant contoso.example        (a delegated change)
#   read    users list --tenant contoso.example -o json      (a delegated, recorded read)
# Prints, per workload, the median wall time of each side and the median, min and max of the
# per-pair ratio A/B, and the load average before and after. Measurement only: nothing here
# asserts a limit.
set -euo pipefail

base="${1:?usage: bench/permit_overhead.sh BASELINE_BINARY [ROWS] [PAIRS]}"
rows="${2:-10000}"
pairs="${3:-9}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin partnerctl
new="${CARGO_TARGET_DIR:-$root/target}/release/partnerctl"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unset PARTNERCTL_TOKEN PARTNERCTL_NOW PARTNERCTL_OUTPUT PARTNERCTL_NO_INPUT PARTNERCTL_DB

{
    echo "customer_domain,email"
    for ((i = 0; i < rows; i++)); do
        printf 'bench%06d.example,admin@bench%06d.example\n' "$i" "$i"
    done
} >"$work/rows.csv"

# setup SIDE BINARY: a demo database and a token for SIDE.
setup() {
    local dir="$work/$1"
    mkdir -p "$dir/home"
    HOME="$dir/home" PARTNERCTL_DB="$dir/demo.db" "$2" demo -o json >/dev/null
    printf 'demo-pass-2026\n' | HOME="$dir/home" PARTNERCTL_DB="$dir/demo.db" \
        "$2" login admin@fabrikam-partners.example --password-stdin --print-token --ttl 24h \
        >"$dir/token"
}
setup a "$new"
setup b "$base"

# run SIDE BINARY WORKLOAD: prints the wall time in microseconds.
run() {
    local dir="$work/$1" bin="$2" db args
    case "$3" in
        bulk)
            cp "$dir/demo.db" "$dir/bulk.db"
            rm -f "$dir/bulk.db-wal" "$dir/bulk.db-shm"
            db="$dir/bulk.db"
            args=(invite --from-csv "$work/rows.csv" -o json)
            ;;
        write)
            db="$dir/demo.db"
            args=(requests create --title bench --tenant contoso.example -o json)
            ;;
        read)
            db="$dir/demo.db"
            args=(users list --tenant contoso.example -o json)
            ;;
    esac
    local start end
    start=$(date +%s%N)
    HOME="$dir/home" PARTNERCTL_DB="$db" PARTNERCTL_TOKEN="$(cat "$dir/token")" \
        "$bin" "${args[@]}" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  (2 cores: $(nproc))"
printf '%-6s %12s %12s %10s %10s %10s\n' workload "A ms (med)" "B ms (med)" "A/B med" min max
for w in bulk write read; do
    run a "$new" "$w" >/dev/null # warm-up, not counted
    run b "$base" "$w" >/dev/null
    : >"$work/times-a" >"$work/times-b" >"$work/ratios"
    for ((i = 0; i < pairs; i++)); do
        ta=$(run a "$new" "$w")
        tb=$(run b "$base" "$w")
        echo "$ta" >>"$work/times-a"
        echo "$tb" >>"$work/times-b"
        awk -v a="$ta" -v b="$tb" 'BEGIN {printf "%.4f\n", a / b}' >>"$work/ratios"
    done
    printf '%-6s %12.1f %12.1f %10s %10s %10s\n' "$w" \
        "$(median <"$work/times-a" | awk '{print $1 / 1000}')" \
        "$(median <"$work/times-b" | awk '{print $1 / 1000}')" \
        "$(median <"$work/ratios")" "$(sort -g "$work/ratios" | head -1)" "$(sort -g "$work/ratios" | tail -1)"
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
