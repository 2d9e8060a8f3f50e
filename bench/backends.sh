#!/usr/bin/env bash
# partnerctl on both backends against the engine's own client running the same query, as
# paired ratios on the same data: a demo store of CUSTOMERS customers in a SQLite file and in a
# PostgreSQL database.
#
#   bench/backends.sh [CUSTOMERS] [PAIRS]          defaults: 10000 customers, 7 pairs
#
# PostgreSQL: a private throw-away server (scripts/pg-private) unless PARTNERCTL_TEST_PG names
# a superuser URL of one already running. Needs `sqlite3` and `psql` on PATH.
#
# Workloads, A = partnerctl (release build), B = sqlite3 / psql, run A then B in turn:
#   whoami      A: whoami -o json                      B: the signed-in user's row
#   can         A: can user.read --tenant contoso…     B: the session, the user's roles and the
#                                                          partner/customer relationship
#   detail      A: dashboard contoso.example -o json   B: that customer's tenant, domains,
#                                                          subscriptions, requests and health
#   overview    A: dashboard -o json                   B: the per-customer aggregate as JSON
# Prints, per backend and workload, the median wall time of each side and the median, min and
# max of the per-pair ratio A/B. Measurement only: nothing here asserts a limit.
set -euo pipefail

customers="${1:-10000}"
pairs="${2:-7}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin partnerctl
bin="${CARGO_TARGET_DIR:-$root/target}/release/partnerctl"

work="$(mktemp -d /tmp/pctl-bench.XXXXXX)"
pgdir=""
cleanup() {
    if [[ -n $pgdir ]]; then "$root/scripts/pg-private" stop "$pgdir" >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
unset PARTNERCTL_TOKEN PARTNERCTL_NOW PARTNERCTL_OUTPUT PARTNERCTL_NO_INPUT PARTNERCTL_DB

if [[ -z ${PARTNERCTL_TEST_PG:-} ]]; then
    pgdir="$work/pg"
    eval "$("$root/scripts/pg-private" start "$pgdir")"
fi
base="$PARTNERCTL_TEST_PG"
pgname="bench_$$"
pgurl="${base%/*}/$pgname"
psql "$base" -qc "DROP DATABASE IF EXISTS $pgname" >/dev/null 2>&1
trap 'psql "$base" -qc "DROP DATABASE IF EXISTS $pgname WITH (FORCE)" >/dev/null 2>&1 || true; cleanup' EXIT

mkdir -p "$work/home"
export HOME="$work/home"
sqlite_db="$work/demo.db"
echo "building the demo stores ($customers customers)..." >&2
"$bin" --db "$sqlite_db" demo --customers "$customers" -o json >/dev/null
"$bin" --db "$pgurl" demo --customers "$customers" -o json >/dev/null
token() {
    printf 'demo-pass-2026\n' | "$bin" --db "$1" login admin@fabrikam-partners.example \
        --password-stdin --print-token --ttl 24h
}
tok_sqlite="$(token "$sqlite_db")"
tok_pg="$(token "$pgurl")"
hash_sqlite="$(printf '%s' "$tok_sqlite" | sha256sum | cut -d' ' -f1)"
hash_pg="$(printf '%s' "$tok_pg" | sha256sum | cut -d' ' -f1)"

# The same queries for both engines; HASH is the session's token hash.
q_whoami="SELECT u.upn FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = 'HASH'"
q_can="SELECT u.upn, t.domain, (SELECT string_agg(role, ',') FROM user_roles WHERE user_id = u.id)
  FROM sessions s JOIN users u ON u.id = s.user_id JOIN tenants t ON t.id = u.tenant_id
 WHERE s.token_hash = 'HASH';
SELECT r.id, r.access, r.status FROM relationships r
 WHERE r.partner_tenant_id = (SELECT id FROM tenants WHERE domain = 'fabrikam-partners.example')
   AND r.customer_tenant_id = (SELECT id FROM tenants WHERE domain = 'contoso.example')"
q_detail="SELECT * FROM tenants WHERE domain = 'contoso.example';
SELECT * FROM domains WHERE tenant_id = (SELECT id FROM tenants WHERE domain = 'contoso.example');
SELECT * FROM subscriptions WHERE tenant_id = (SELECT id FROM tenants WHERE domain = 'contoso.example');
SELECT * FROM service_requests WHERE tenant_id = (SELECT id FROM tenants WHERE domain = 'contoso.example');
SELECT * FROM health WHERE tenant_id IS NULL
    OR tenant_id = (SELECT id FROM tenants WHERE domain = 'contoso.example')"
q_overview="SELECT t.name, t.domain, r.expires_at,
  (SELECT count(*) FROM service_requests q WHERE q.tenant_id = t.id AND q.status IN ('open', 'in-progress')) AS srs,
  (SELECT coalesce(sum(valid_units), 0) FROM subscriptions s WHERE s.tenant_id = t.id) AS lic,
  (SELECT count(*) FROM domains d WHERE d.tenant_id = t.id) AS doms
  FROM relationships r JOIN tenants t ON t.id = r.customer_tenant_id
 WHERE r.partner_tenant_id = (SELECT id FROM tenants WHERE domain = 'fabrikam-partners.example')
 ORDER BY t.name"

# a BACKEND WORKLOAD: partnerctl's command line.
a_args() {
    case "$1" in
        whoami) echo "whoami -o json" ;;
        can) echo "can user.read --tenant contoso.example -o json" ;;
        detail) echo "dashboard contoso.example -o json" ;;
        overview) echo "dashboard -o json" ;;
    esac
}

# time CMD...: the wall time of one run in microseconds, output discarded.
time_us() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}

run_a() { # BACKEND WORKLOAD
    local db tok
    if [[ $1 == sqlite ]]; then db="$sqlite_db" tok="$tok_sqlite"; else db="$pgurl" tok="$tok_pg"; fi
    # shellcheck disable=SC2046
    PARTNERCTL_TOKEN="$tok" time_us "$bin" --db "$db" $(a_args "$2")
}

run_b() { # BACKEND WORKLOAD
    local q
    case "$2" in
        whoami) q="$q_whoami" ;; can) q="$q_can" ;; detail) q="$q_detail" ;; overview) q="$q_overview" ;;
    esac
    if [[ $1 == sqlite ]]; then
        q="${q//HASH/$hash_sqlite}"
        q="${q//string_agg(/group_concat(}" # the system sqlite3 may predate string_agg
        time_us sqlite3 -json "$sqlite_db" "$q"
    else
        q="${q//HASH/$hash_pg}"
        if [[ $2 == overview ]]; then q="SELECT json_agg(x) FROM ($q) x"; fi
        time_us psql "$pgurl" -Atqc "$q"
    fi
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  (cores: $(nproc)), $customers customers, $pairs pairs"
printf '%-8s %-9s %12s %12s %10s %10s %10s\n' backend workload "A ms (med)" "B ms (med)" "A/B med" min max
for backend in sqlite postgres; do
    for w in whoami can detail overview; do
        run_a "$backend" "$w" >/dev/null # warm-up, not counted
        run_b "$backend" "$w" >/dev/null
        : >"$work/ta" >"$work/tb" >"$work/r"
        for ((i = 0; i < pairs; i++)); do
            ta=$(run_a "$backend" "$w")
            tb=$(run_b "$backend" "$w")
            echo "$ta" >>"$work/ta"
            echo "$tb" >>"$work/tb"
            awk -v a="$ta" -v b="$tb" 'BEGIN {printf "%.3f\n", a / b}' >>"$work/r"
        done
        printf '%-8s %-9s %12.1f %12.1f %10s %10s %10s\n' "$backend" "$w" \
            "$(median <"$work/ta" | awk '{print $1 / 1000}')" \
            "$(median <"$work/tb" | awk '{print $1 / 1000}')" \
            "$(median <"$work/r")" "$(sort -g "$work/r" | head -1)" "$(sort -g "$work/r" | tail -1)"
    done
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
