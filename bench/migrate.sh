#!/usr/bin/env bash
# `relationships migrate` against sqlite3 writing the same rows, as paired ratios on the same
# data: a demo store of CUSTOMERS customers (all but one classic DAP) and a template.
#
#   bench/migrate.sh [CUSTOMERS] [PAIRS]          defaults: 10000 customers, 5 pairs
#
# A: partnerctl relationships migrate --template gdap --dap-only (release build): one renewal
#    invite per DAP relationship and one audit entry each, in one transaction.
# B: sqlite3 inserting the same invites (INSERT … SELECT over the same relationships) and one
#    audit row per invite, in one transaction (its hashes are placeholders: the yardstick
#    writes the rows, it does not chain them).
# Each run starts from a fresh copy of the store. Prints the median wall time of each side and
# the median, min and max of the per-pair ratio A/B, with the load average before and after.
# Measurement only: nothing here asserts a limit. SQLite only.
set -euo pipefail

customers="${1:-10000}"
pairs="${2:-5}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin partnerctl
bin="${CARGO_TARGET_DIR:-$root/target}/release/partnerctl"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unset PARTNERCTL_TOKEN PARTNERCTL_OUTPUT PARTNERCTL_NO_INPUT
export HOME="$work/home" PARTNERCTL_NOW=2027-01-01T00:00:00Z
mkdir -p "$HOME"
base="$work/base.db"
"$bin" --db "$base" demo --customers "$customers" -o json >/dev/null
"$bin" --db "$base" templates create gdap --access helpdesk-admin --duration 365d \
    --assign helpdesk-agents=helpdesk-admin -o json >/dev/null
token="$(printf 'demo-pass-2026\n' | "$bin" --db "$base" login admin@fabrikam-partners.example \
    --password-stdin --print-token --ttl 24h)"

sql="BEGIN;
CREATE TEMP TABLE todo AS
  SELECT r.id AS rid, t.domain AS domain, lower(hex(randomblob(16))) AS iid
    FROM relationships r JOIN tenants t ON t.id = r.customer_tenant_id
   WHERE r.status = 'active' AND r.access = 'global-admin' AND r.expires_at IS NULL;
INSERT INTO invites (id, partner_tenant_id, created_by, token_hash, access, duration_days,
    auto_extend, customer_domain, email_to, created_at, expires_at, status, renews, assignments)
  SELECT iid, (SELECT id FROM tenants WHERE domain = 'fabrikam-partners.example'),
         'admin@fabrikam-partners.example', lower(hex(randomblob(32))), 'helpdesk-admin', 365, 0,
         domain, NULL, '2027-01-01T00:00:00Z', '2027-04-01T00:00:00Z', 'pending', rid,
         'helpdesk-agents=helpdesk-admin'
    FROM todo;
INSERT INTO audit (seq, at, actor_upn, actor_tenant_id, target_tenant_id, action, outcome,
    reason, relationship_id, object, summary, prev_hash, hash)
  SELECT (SELECT max(seq) FROM audit) + row_number() OVER (), '2027-01-01T00:00:00Z',
         'admin@fabrikam-partners.example', NULL, NULL, 'invite.create', 'allowed',
         'own-tenant-role', NULL, rid, 'invite ' || iid, lower(hex(randomblob(32))),
         lower(hex(randomblob(32)))
    FROM todo;
COMMIT;"

# time_us CMD...: the wall time of one run in microseconds, output discarded.
time_us() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}
fresh() { cp "$base" "$work/run.db"; rm -f "$work/run.db-wal" "$work/run.db-shm"; }
run_a() { fresh; PARTNERCTL_TOKEN="$token" time_us "$bin" --db "$work/run.db" relationships migrate --template gdap --dap-only -q -o json; }
run_b() { fresh; time_us sqlite3 "$work/run.db" "$sql"; }
median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  (cores: $(nproc)), $customers customers, $pairs pairs"
run_a >/dev/null
run_b >/dev/null
: >"$work/ta" >"$work/tb" >"$work/r"
for ((i = 0; i < pairs; i++)); do
    ta=$(run_a)
    tb=$(run_b)
    echo "$ta" >>"$work/ta"
    echo "$tb" >>"$work/tb"
    awk -v a="$ta" -v b="$tb" 'BEGIN {printf "%.3f\n", a / b}' >>"$work/r"
done
printf '%-9s %12s %12s %10s %10s %10s\n' workload "A ms (med)" "B ms (med)" "A/B med" min max
printf '%-9s %12.1f %12.1f %10s %10s %10s\n' migrate \
    "$(median <"$work/ta" | awk '{print $1 / 1000}')" \
    "$(median <"$work/tb" | awk '{print $1 / 1000}')" \
    "$(median <"$work/r")" "$(sort -g "$work/r" | head -1)" "$(sort -g "$work/r" | tail -1)"
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
