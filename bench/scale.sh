#!/usr/bin/env bash
# Issue 15's table in one run: partnerctl at 1k / 10k / 100k customers, every measure as a
# paired ratio against the engine's own client running the same queries and writes on the same
# data (repeated, medians), peak RSS, the scale ratios, and decide()'s longest path.
#
#   bench/scale.sh [--sizes 1k,10k,100k] [--runs N] [--rows N] [--store-dir DIR] [--rebuild]
#                  [--postgres] [--only REGEX]
#   bench/scale.sh --clean [--store-dir DIR]        delete the cached stores
#
#   --sizes     customer counts to measure (1k, 10k, 100k or plain numbers; default all three).
#               The 1k store is built in any case: the scale ratios compare the largest size
#               with it.
#   --runs      pairs (or runs) per measure, after one warm-up that is not counted (default 3);
#               a measure whose partnerctl side ran under 100 ms takes ten times as many
#               pairs (a few milliseconds of start-up are at the mercy of the machine's load)
#   --rows      rows of the bulk files for invite/grants --from-csv (default 10000; grants take
#               at most as many as the bulk store has customers)
#   --store-dir where the demo stores are kept between runs (default /tmp/partnerctl-scale);
#               a store is reused while its schema version is this binary's (--rebuild: never)
#   --postgres  the same measures again on PostgreSQL against psql: a private throw-away server
#               (scripts/pg-private run) unless PARTNERCTL_TEST_PG names a superuser URL of one
#               already running; each store is moved there with `db copy`
#   --only      run only the measures whose label matches this extended regular expression
#               (e.g. 'from-csv' or 'whoami|decide'); the stores are built as usual
#
# Stores: demo-N.db (`demo --customers N`, ~3.6 KB a customer: the 100k store is ~360 MB),
# audit-M.db (a 1k demo plus `invite --from-csv` of M rows: M audit entries, M = the largest
# size) and, built afresh each run in a temporary directory, a 1k demo whose audit trail has
# the demo's 8 entries. Everything else lives in a temporary directory removed on exit.
#
# Measures (A = partnerctl, release build; B = the yardstick; A and B run in turn, the ratio
# is taken pair by pair and its median printed):
#   dashboard -o json          B: sqlite3 -json / psql json_agg of the same per-customer
#                                 aggregate (status, expiry, worst health, open requests,
#                                 licenses valid and assigned, domains, pending offers, the
#                                 relationships), each size
#   invite --from-csv ROWS     B: sqlite3 .import / psql \copy of the same CSV, then the same
#                                 invites and one audit row each with INSERT ... SELECT, in one
#                                 transaction (placeholder hashes: the yardstick writes the rows,
#                                 it does not chain them); each run on a fresh copy of the
#                                 10k store (else the smallest size)
#   grants add --from-csv ROWS B: the same for per-customer helpdesk-agent grants
#   whoami                     B: select upn from users limit 1, each size
#   doctor as a customer admin (admin@contoso.example), largest size vs 1k
#   dashboard --search contoso, largest size vs 1k
#   audit list --action user.delete --limit 50 (no match), M entries vs 8
#   access as the partner's global admin at the largest size (absolute)
#   peak RSS (/usr/bin/time -f %M) of dashboard, dashboard -o json, doctor, access and
#     customers list -o json at the largest size
#   decide() on its longest path: examples/decide_worst.rs (cargo run --release --example
#     decide_worst), built with the binary
# Prints the table (measure | partnerctl | baseline | ratio | goal | met?) with `uptime`
# before and after. Goals are issue 15's; the script measures and prints, it asserts nothing.
set -euo pipefail
export LC_ALL=C
# Bash 5.2 reads `&` in a ${var//pattern/replacement} as the match: not here.
shopt -u patsub_replacement 2>/dev/null || true

usage() {
    cat >&2 <<'EOF'
usage: bench/scale.sh [--sizes 1k,10k,100k] [--runs N] [--rows N] [--store-dir DIR] [--rebuild] [--postgres]
       bench/scale.sh --clean [--store-dir DIR]
EOF
    exit 2
}
die() {
    printf 'scale.sh: %s\n' "$*" >&2
    exit 1
}

orig_args=("$@")
sizes_arg=1k,10k,100k
runs=3
rows=10000
store_dir=/tmp/partnerctl-scale
rebuild=0
postgres=0
clean=0
only=
while (($#)); do
    case $1 in
        --sizes) sizes_arg=${2:?--sizes needs a list}; shift 2 ;;
        --runs) runs=${2:?--runs needs a number}; shift 2 ;;
        --rows) rows=${2:?--rows needs a number}; shift 2 ;;
        --store-dir) store_dir=${2:?--store-dir needs a directory}; shift 2 ;;
        --rebuild) rebuild=1; shift ;;
        --postgres) postgres=1; shift ;;
        --clean) clean=1; shift ;;
        --only) only=${2:?--only needs a regular expression}; shift 2 ;;
        -h | --help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) printf 'scale.sh: unknown argument %s\n' "$1" >&2; usage ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs: a positive number"
[[ $rows =~ ^[1-9][0-9]*$ ]] || die "--rows: a positive number"
[[ $store_dir == /* ]] || store_dir=$PWD/$store_dir

if ((clean)); then
    rm -f "$store_dir"/demo-*.db* "$store_dir"/audit-*.db*
    rmdir "$store_dir" 2>/dev/null || true
    echo "removed the stores in $store_dir"
    exit 0
fi

sizes=()
IFS=, read -ra words <<<"$sizes_arg"
for w in "${words[@]}"; do
    case $w in
        *k) n=${w%k}000 ;;
        *) n=$w ;;
    esac
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "--sizes: $w is not a customer count (1k, 10k, 100k or a number)"
    sizes+=("$n")
done
mapfile -t sizes < <(printf '%s\n' "${sizes[@]}" | sort -nu)
largest=${sizes[-1]}
small=1000

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# PostgreSQL: run under a private server unless one is named (pg-private stops and removes it).
if ((postgres)) && [[ -z ${PARTNERCTL_TEST_PG:-} ]]; then
    exec "$root/scripts/pg-private" run -- "$root/bench/scale.sh" "${orig_args[@]}"
fi

# need COMMAND PACKAGE: COMMAND on PATH, installed with apt-get when we may.
need() {
    command -v "$1" >/dev/null 2>&1 && return
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "installing $2 ..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null </dev/null ||
            { apt-get update -q >/dev/null </dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null </dev/null; } ||
            die "apt-get install $2 failed"
    fi
    command -v "$1" >/dev/null 2>&1 || die "$1 is needed (Debian package $2)"
}
need sqlite3 sqlite3
need /usr/bin/time time
((postgres)) && need psql postgresql-client

cargo build --release --quiet --manifest-path "$root/Cargo.toml" --bin partnerctl --example decide_worst
bin="${CARGO_TARGET_DIR:-$root/target}/release/partnerctl"
decide_worst="${CARGO_TARGET_DIR:-$root/target}/release/examples/decide_worst"

work="$(mktemp -d /tmp/pctl-scale.XXXXXX)"
pg_dbs=()
cleanup() {
    local d
    for d in "${pg_dbs[@]}"; do
        pg_admin_sql "DROP DATABASE IF EXISTS $d WITH (FORCE)" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
unset PARTNERCTL_TOKEN PARTNERCTL_NOW PARTNERCTL_OUTPUT PARTNERCTL_NO_INPUT PARTNERCTL_DB
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_STATE_HOME="$work/home/state"
mkdir -p "$HOME" "$store_dir"

partner=fabrikam-partners.example
admin=admin@$partner
password=demo-pass-2026

# --- the stores ---------------------------------------------------------------------------

# The 8-entry store, built afresh; its schema version is this binary's.
"$bin" --db "$work/audit-small.db" demo --customers "$small" -o json >/dev/null
schema=$(sqlite3 "$work/audit-small.db" 'PRAGMA user_version')

# fresh_store PATH: whether PATH is a complete store of this binary's schema version.
fresh_store() {
    ((!rebuild)) && [[ -f $1 && -f $1.version ]] && [[ $(<"$1.version") == "$schema" ]] &&
        [[ $(sqlite3 "$1" 'PRAGMA user_version' 2>/dev/null) == "$schema" ]]
}
# drop_store PATH: the file, its journal files and its stamp.
drop_store() { rm -f "$1" "$1-wal" "$1-shm" "$1.version"; }

# demo_store N: the path of the N-customer store, built unless a fresh one is there.
demo_store() {
    local db="$store_dir/demo-$1.db" t0
    if ! fresh_store "$db"; then
        drop_store "$db"
        echo "building $db ($1 customers) ..." >&2
        t0=$EPOCHREALTIME
        "$bin" --db "$db" demo --customers "$1" -o json >/dev/null
        echo "$schema" >"$db.version"
        echo "  built in $(ms_between "$t0" "$EPOCHREALTIME") ms, $(du -h "$db" | cut -f1)" >&2
    fi
    echo "$db"
}

# login DB UPN: a session token for UPN in DB (a file or a URL).
login() {
    printf '%s\n' "$password" | "$bin" --db "$1" login "$2" --password-stdin --print-token --ttl 24h
}

# audit_store M: a 1k demo with M more audit entries, written by `invite --from-csv`.
audit_store() {
    local db="$store_dir/audit-$1.db" t0 tok
    if ! fresh_store "$db"; then
        drop_store "$db"
        echo "building $db ($small customers, $1 more audit entries) ..." >&2
        t0=$EPOCHREALTIME
        "$bin" --db "$db" demo --customers "$small" -o json >/dev/null
        {
            echo customer_domain,email
            awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "audit%07d.example,admin@audit%07d.example\n", i, i }'
        } >"$work/audit.csv"
        tok=$(login "$db" "$admin")
        PARTNERCTL_TOKEN="$tok" "$bin" --db "$db" invite --from-csv "$work/audit.csv" -q -o json >/dev/null
        rm -f "$work/audit.csv"
        echo "$schema" >"$db.version"
        echo "  built in $(ms_between "$t0" "$EPOCHREALTIME") ms, $(du -h "$db" | cut -f1)" >&2
    fi
    echo "$db"
}

# ms_between T0 T1: milliseconds between two $EPOCHREALTIME readings.
ms_between() { echo $(((${2/./} - ${1/./}) / 1000)); }

# Keys name stores: a customer count, `audit-small`, `audit-big` and `bulk` (the bulk base).
declare -A FILE
for n in "${sizes[@]}" "$small"; do FILE[$n]=$(demo_store "$n"); done
FILE[audit-small]="$work/audit-small.db"
FILE[audit-big]=$(audit_store "$largest")
audit_small_n=$(sqlite3 "${FILE[audit-small]}" 'SELECT count(*) FROM audit')
audit_big_n=$(sqlite3 "${FILE[audit-big]}" 'SELECT count(*) FROM audit')
bulk_size=${sizes[0]}
for n in "${sizes[@]}"; do ((n == 10000)) && bulk_size=$n; done
FILE[bulk]=${FILE[$bulk_size]}
keys=("${sizes[@]}")
[[ " ${sizes[*]} " == *" $small "* ]] || keys+=("$small")
keys+=(audit-small audit-big bulk)

# The bulk files: new customer domains to invite; per-customer grants for the helpdesk user
# over the bulk store's customers.
{
    echo customer_domain,email
    awk -v n="$rows" 'BEGIN { for (i = 0; i < n; i++) printf "bulk%07d.example,admin@bulk%07d.example\n", i, i }'
} >"$work/invites.csv"
{
    echo upn,role,customer
    sqlite3 "${FILE[bulk]}" "SELECT 'helpdesk@$partner,helpdesk-agent,' || t.domain
        FROM relationships r JOIN tenants t ON t.id = r.customer_tenant_id
       WHERE r.partner_tenant_id = (SELECT id FROM tenants WHERE domain = '$partner')
         AND r.status = 'active' ORDER BY t.domain LIMIT $rows"
} >"$work/grants.csv"
grant_rows=$(($(wc -l <"$work/grants.csv") - 1))
bulk_audit=$(sqlite3 "${FILE[bulk]}" 'SELECT count(*) FROM audit')

# --- the yardsticks' SQL ------------------------------------------------------------------

# The overview's per-customer aggregate; REL_AGG / REL_OBJ / JSON are the engine's spelling.
q_dashboard="WITH p AS (SELECT id FROM tenants WHERE domain = '$partner'),
c AS (
  SELECT r.customer_tenant_id AS tid, min(r.status) AS status, max(r.expires_at) AS expires_at,
         REL_AGG(REL_OBJ('id', r.id, 'name', r.name, 'status', r.status, 'access', r.access,
                         'since', r.accepted_at, 'expires_at', r.expires_at)) AS relationships
    FROM relationships r
   WHERE r.partner_tenant_id = (SELECT id FROM p) AND r.status <> 'terminated'
   GROUP BY r.customer_tenant_id)
SELECT t.domain, t.name, c.status, c.expires_at,
  (SELECT max(CASE h.status WHEN 'interrupted' THEN 3 WHEN 'degraded' THEN 2
                            WHEN 'advisory' THEN 1 ELSE 0 END)
     FROM health h WHERE h.tenant_id IS NULL OR h.tenant_id = t.id) AS health,
  (SELECT count(*) FROM service_requests q
    WHERE q.tenant_id = t.id AND q.status IN ('open', 'in-progress')) AS open_service_requests,
  (SELECT count(*) FROM license_assignments a WHERE a.tenant_id = t.id) AS licenses_assigned,
  (SELECT coalesce(sum(s.valid_units), 0) FROM subscriptions s WHERE s.tenant_id = t.id) AS licenses_valid,
  (SELECT count(*) FROM domains d WHERE d.tenant_id = t.id) AS domains,
  (SELECT count(*) FROM offers o WHERE o.partner_tenant_id = (SELECT id FROM p)
      AND o.customer_domain = t.domain AND o.status = 'pending') AS pending_offers,
  JSON(c.relationships) AS relationships
FROM c JOIN tenants t ON t.id = c.tid
ORDER BY t.name"
q_whoami="SELECT upn FROM users LIMIT 1"

# The bulk writes. NOW / LATER are the engine's timestamps, HEX16 / HEX32 random hex, IMPORT
# the engine's CSV import of FILE into the temporary table csv.
sql_invites="CSV_TABLE(customer_domain TEXT, email TEXT);
IMPORT
BEGIN;
CREATE TEMP TABLE todo AS SELECT customer_domain, email, HEX16 AS iid FROM csv;
INSERT INTO invites (id, partner_tenant_id, created_by, token_hash, access, duration_days,
    auto_extend, customer_domain, message, email_to, created_at, expires_at, status)
  SELECT iid, (SELECT id FROM tenants WHERE domain = '$partner'), '$admin', HEX32,
         'global-admin', NULL, 0, customer_domain, NULL, email, NOW, LATER, 'pending'
    FROM todo;
INSERT INTO audit (seq, at, actor_upn, actor_tenant_id, target_tenant_id, action, outcome,
    reason, relationship_id, object, summary, prev_hash, hash)
  SELECT (SELECT coalesce(max(seq), 0) FROM audit) + row_number() OVER (), NOW, '$admin',
         (SELECT id FROM tenants WHERE domain = '$partner'),
         (SELECT id FROM tenants WHERE domain = '$partner'), 'invite.create', 'allowed',
         'own-tenant-role', NULL, customer_domain,
         'invite ' || iid || ' for ' || customer_domain || ' access [global-admin], no expiry, expires ' || LATER,
         HEX32, HEX32
    FROM todo;
COMMIT;"
sql_grants="CSV_TABLE(upn TEXT, role TEXT, customer TEXT);
IMPORT
BEGIN;
CREATE TEMP TABLE todo AS
  SELECT HEX16 AS gid, u.id AS uid, csv.upn, csv.role, t.id AS tid, csv.customer
    FROM csv JOIN users u ON u.upn = csv.upn JOIN tenants t ON t.domain = csv.customer;
INSERT INTO grants (id, partner_tenant_id, user_id, role, customer_tenant_id, created_by, created_at)
  SELECT gid, (SELECT id FROM tenants WHERE domain = '$partner'), uid, role, tid, '$admin', NOW
    FROM todo;
INSERT INTO audit (seq, at, actor_upn, actor_tenant_id, target_tenant_id, action, outcome,
    reason, relationship_id, object, summary, prev_hash, hash)
  SELECT (SELECT coalesce(max(seq), 0) FROM audit) + row_number() OVER (), NOW, '$admin',
         (SELECT id FROM tenants WHERE domain = '$partner'),
         (SELECT id FROM tenants WHERE domain = '$partner'), 'grant.manage', 'allowed',
         'own-tenant-role', NULL, upn, 'granted ' || role || ' to ' || upn || ' for ' || customer,
         HEX32, HEX32
    FROM todo;
COMMIT;"

# spell ENGINE SQL FILE: SQL in that engine's words, FILE the CSV it imports.
spell() {
    local q=$2 e=$1 from to i
    local -a words
    if [[ $e == sqlite ]]; then
        words=(
            'REL_AGG(' 'json_group_array('
            'REL_OBJ(' 'json_object('
            'JSON(' 'json('
            'CSV_TABLE(' $'.bail on\nCREATE TEMP TABLE csv ('
            'IMPORT' ".import --csv --skip 1 ${3:-} csv"
            'BEGIN;' 'BEGIN IMMEDIATE;'
            'HEX16' 'lower(hex(randomblob(16)))'
            'HEX32' 'lower(hex(randomblob(32)))'
            'NOW' "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
            'LATER' "strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+90 days')"
        )
    else
        words=(
            'REL_AGG(' 'json_agg('
            'REL_OBJ(' 'json_build_object('
            'JSON(' '('
            'CSV_TABLE(' $'\\set ON_ERROR_STOP on\nCREATE TEMP TABLE csv ('
            'IMPORT' "\\copy csv FROM '${3:-}' WITH (FORMAT csv, HEADER true)"
            'HEX16' 'md5(random()::text)'
            'HEX32' '(md5(random()::text) || md5(random()::text))'
            'NOW' "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
            'LATER' "to_char((now() + interval '90 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
        )
    fi
    for ((i = 0; i < ${#words[@]}; i += 2)); do
        from=${words[i]} to=${words[i + 1]}
        q=${q//"$from"/"$to"}
    done
    printf '%s\n' "$q"
}
for e in sqlite postgres; do
    spell "$e" "$sql_invites" "$work/invites.csv" >"$work/invites.$e.sql"
    spell "$e" "$sql_grants" "$work/grants.csv" >"$work/grants.$e.sql"
done
q_dashboard_sqlite=$(spell sqlite "$q_dashboard")
q_dashboard_postgres="SELECT json_agg(x) FROM ($(spell postgres "$q_dashboard")) x"

# --- PostgreSQL copies --------------------------------------------------------------------

declare -A URL
# pg_admin_sql SQL...: statements on the server's maintenance database, without its notices.
pg_admin_sql() {
    local c args=()
    for c in "$@"; do args+=(-c "$c"); done
    PGOPTIONS='-c client_min_messages=warning' psql "$PARTNERCTL_TEST_PG" -Xq "${args[@]}" >/dev/null
}
if ((postgres)); then
    pg_admin=$PARTNERCTL_TEST_PG
    for k in "${keys[@]}"; do
        [[ $k == bulk ]] && continue
        d="scale_${k//-/_}_$$"
        pg_dbs+=("$d")
        URL[$k]="${pg_admin%/*}/$d"
        pg_admin_sql "DROP DATABASE IF EXISTS $d"
        echo "copying ${FILE[$k]} to PostgreSQL ..." >&2
        "$bin" db copy --from "${FILE[$k]}" --to "${URL[$k]}" -q -o json >/dev/null
    done
    URL[bulk]=${URL[$bulk_size]}
    pg_dbs+=("scale_run_$$")
fi

# --- sessions -----------------------------------------------------------------------------

declare -A TOKEN
# loc ENGINE KEY: the store's file or URL.
loc() { if [[ $1 == sqlite ]]; then echo "${FILE[$2]}"; else echo "${URL[$2]}"; fi; }
engines=(sqlite)
((postgres)) && engines+=(postgres)
for e in "${engines[@]}"; do
    for k in "${keys[@]}"; do
        [[ $k == bulk ]] && continue
        TOKEN[$e:$k:partner]=$(login "$(loc "$e" "$k")" "$admin")
        TOKEN[$e:$k:customer]=$(login "$(loc "$e" "$k")" admin@contoso.example)
    done
    TOKEN[$e:bulk:partner]=${TOKEN[$e:$bulk_size:partner]}
done

# --- timing -------------------------------------------------------------------------------

# t_us CMD...: one run's wall time in microseconds, output discarded. Fails unless the command
# exits 0 (or 1 when ALLOW1 is set: doctor's "found errors").
t_us() {
    local t0 t1 rc=0
    t0=$EPOCHREALTIME
    "$@" >/dev/null 2>"$work/err" || rc=$?
    t1=$EPOCHREALTIME
    if ((rc == 0)) || { ((rc == 1)) && [[ -n ${ALLOW1:-} ]]; }; then
        echo $((${t1/./} - ${t0/./}))
        return
    fi
    echo "failed (exit $rc): $*" >&2
    head -5 "$work/err" >&2
    return 1
}

# pc ENGINE KEY WHO ARGS...: partnerctl on that store as WHO (partner | customer).
pc() {
    local db tok
    db=$(loc "$1" "$2")
    tok=${TOKEN[$1:$2:$3]}
    shift 3
    if [[ $1 == doctor ]]; then
        PARTNERCTL_TOKEN="$tok" ALLOW1=1 t_us "$bin" --db "$db" "$@"
    else
        PARTNERCTL_TOKEN="$tok" t_us "$bin" --db "$db" "$@"
    fi
}

# sq ENGINE KEY SQL: the engine's client running SQL on that store (JSON out).
sq() {
    if [[ $1 == sqlite ]]; then
        t_us sqlite3 -json "${FILE[$2]}" "$3"
    else
        t_us psql "${URL[$2]}" -XAtqc "$3"
    fi
}

# fresh ENGINE: a copy of the bulk store to write into; prints its location.
fresh() {
    if [[ $1 == sqlite ]]; then
        rm -f "$work/run.db" "$work/run.db-wal" "$work/run.db-shm"
        cp "${FILE[bulk]}" "$work/run.db"
        echo "$work/run.db"
    else
        pg_admin_sql "DROP DATABASE IF EXISTS scale_run_$$" \
            "CREATE DATABASE scale_run_$$ TEMPLATE ${URL[bulk]##*/}"
        echo "${pg_admin%/*}/scale_run_$$"
    fi
}

# The two sides of every measure: each prints one run's microseconds.
a_dashboard() { pc "$1" "$2" partner dashboard -o json; }
b_dashboard() {
    if [[ $1 == sqlite ]]; then sq "$1" "$2" "$q_dashboard_sqlite"; else sq "$1" "$2" "$q_dashboard_postgres"; fi
}
a_whoami() { pc "$1" "$2" partner whoami; }
b_whoami() { sq "$1" "$2" "$q_whoami"; }
# written ENGINE DB KIND: fails unless DB's audit trail grew by the rows of KIND's file, so
# that neither side is timed doing less than the other.
written() {
    local n want
    if [[ $1 == sqlite ]]; then
        n=$(sqlite3 "$2" 'SELECT count(*) FROM audit')
    else
        n=$(psql "$2" -XAtqc 'SELECT count(*) FROM audit')
    fi
    if [[ $3 == invites ]]; then want=$((bulk_audit + rows)); else want=$((bulk_audit + grant_rows)); fi
    ((n == want)) || die "$3 on $1: $n audit entries after the run, expected $want"
}
a_bulk() { # ENGINE invites|grants
    local db args t
    db=$(fresh "$1")
    if [[ $2 == invites ]]; then args=(invite); else args=(grants add); fi
    t=$(PARTNERCTL_TOKEN="${TOKEN[$1:bulk:partner]}" t_us "$bin" --db "$db" "${args[@]}" \
        --from-csv "$work/$2.csv" -q -o json)
    written "$1" "$db" "$2"
    echo "$t"
}
b_bulk() {
    local db t
    db=$(fresh "$1")
    if [[ $1 == sqlite ]]; then
        t=$(t_us sqlite3 "$db" <"$work/$2.sqlite.sql")
    else
        t=$(t_us psql "$db" -Xq -f "$work/$2.postgres.sql")
    fi
    written "$1" "$db" "$2"
    echo "$t"
}
a_doctor() { pc "$1" "$2" customer doctor; }
a_search() { pc "$1" "$2" partner dashboard --search contoso; }
a_audit() { pc "$1" "$2" partner audit list --action user.delete --limit 50; }
a_access() { pc "$1" "$2" partner access; }

median() { sort -g | awk '{v[NR] = $1} END {printf "%.4f\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
ms() { awk -v us="$1" 'BEGIN {printf "%.1f ms", us / 1000}'; }

# row MEASURE A B RATIO GOAL MET: one line of the table.
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$work/table.$engine"; }
# wanted MEASURE: whether --only lets this measure run.
wanted() { [[ -z $only || $1 =~ $only ]]; }
# met VALUE LIMIT: yes when VALUE <= LIMIT.
met() { awk -v v="$1" -v l="$2" 'BEGIN {print (v <= l) ? "yes" : "NO"}'; }

# pair MEASURE GOAL A_CMD B_CMD: A and B in turn, RUNS pairs (ten times as many when A's
# warm-up took under 100 ms) after a warm-up of each; the medians of A, B and the pair-by-pair
# ratio A/B.
pair() {
    local label=$1 goal=$2 a=$3 b=$4 ta tb i n=$runs
    wanted "$label" || return 0
    echo "  $label ..." >&2
    ta=$($a)
    $b >/dev/null
    ((ta < 100000)) && n=$((runs * 10))
    : >"$work/ta"
    : >"$work/tb"
    : >"$work/r"
    for ((i = 0; i < n; i++)); do
        ta=$($a)
        tb=$($b)
        echo "$ta" >>"$work/ta"
        echo "$tb" >>"$work/tb"
        awk -v a="$ta" -v b="$tb" 'BEGIN {printf "%.3f\n", a / b}' >>"$work/r"
    done
    local r
    r=$(median <"$work/r")
    row "$label" "$(ms "$(median <"$work/ta")")" "$(ms "$(median <"$work/tb")")" \
        "$(printf '%.2fx' "$r")" "<= ${goal}x" "$(met "$r" "$goal")"
}

# single MEASURE GOAL_MS CMD: RUNS runs after a warm-up; the median.
single() {
    local label=$1 goal=$2 cmd=$3 i
    wanted "$label" || return 0
    echo "  $label ..." >&2
    $cmd >/dev/null
    : >"$work/ta"
    for ((i = 0; i < runs; i++)); do $cmd >>"$work/ta"; done
    local m
    m=$(median <"$work/ta")
    row "$label" "$(ms "$m")" - - "<= $goal ms" "$(met "$(awk -v m="$m" 'BEGIN {print m / 1000}')" "$goal")"
}

# rss MEASURE ENGINE KEY ARGS...: peak RSS of partnerctl (median of RUNS runs), as the partner.
rss() {
    local label=$1 e=$2 k=$3 i kib
    shift 3
    wanted "$label" || return 0
    echo "  $label ..." >&2
    : >"$work/rss"
    for ((i = 0; i < runs; i++)); do
        PARTNERCTL_TOKEN="${TOKEN[$e:$k:partner]}" /usr/bin/time -f %M -o "$work/rss.1" \
            "$bin" --db "$(loc "$e" "$k")" "$@" >/dev/null 2>"$work/err" || {
            # doctor exits 1 when it finds errors; anything else is a failure.
            [[ $1 == doctor && $(head -1 "$work/rss.1") == *"status 1" ]] ||
                { echo "failed: $*" >&2; head -5 "$work/err" >&2; exit 1; }
        }
        tail -1 "$work/rss.1" >>"$work/rss"
    done
    kib=$(median <"$work/rss")
    row "$label" "$(awk -v k="$kib" 'BEGIN {printf "%.0f MiB", k / 1024}')" - - "<= 64 MiB" \
        "$(met "$kib" $((64 * 1024)))"
}

label_of() { case $1 in *000) echo "$(($1 / 1000))k" ;; *) echo "$1" ;; esac; }
big=$(label_of "$largest")

# --- run ----------------------------------------------------------------------------------

load_before=$(uptime)
for engine in "${engines[@]}"; do
    if [[ $engine == sqlite ]]; then client=sqlite3 goal=1.3 wgoal=1.5; else client=psql goal=1.5 wgoal=1.5; fi
    echo "$engine:" >&2
    : >"$work/table.$engine"
    for n in "${sizes[@]}"; do
        pair "dashboard -o json vs $client, $(label_of "$n")" "$goal" "a_dashboard $engine $n" "b_dashboard $engine $n"
    done
    pair "invite --from-csv $rows rows vs $client (on $(label_of "$bulk_size"))" "$wgoal" "a_bulk $engine invites" "b_bulk $engine invites"
    pair "grants add --from-csv $grant_rows rows vs $client (on $(label_of "$bulk_size"))" "$wgoal" "a_bulk $engine grants" "b_bulk $engine grants"
    for args in "dashboard" "dashboard -o json" "doctor" "access" "customers list -o json"; do
        # shellcheck disable=SC2086
        rss "peak RSS $args, $big" "$engine" "$largest" $args
    done
    if ((largest > small)); then
        pair "doctor (customer admin), $big vs 1k" 1.5 "a_doctor $engine $largest" "a_doctor $engine $small"
        pair "dashboard --search contoso, $big vs 1k" 1.5 "a_search $engine $largest" "a_search $engine $small"
    else
        row "doctor (customer admin) / dashboard --search: larger vs 1k" - - - - "needs a size above 1k"
    fi
    pair "audit list --action X --limit 50, $audit_big_n vs $audit_small_n entries" 1.5 \
        "a_audit $engine audit-big" "a_audit $engine audit-small"
    single "access (partner), $big" 2000 "a_access $engine $largest"
    for n in "${sizes[@]}"; do
        if [[ $engine == sqlite ]]; then wg=1.3; else wg=1.5; fi
        pair "whoami vs $client, $(label_of "$n")" "$wg" "a_whoami $engine $n" "b_whoami $engine $n"
    done
done

if wanted "decide() longest path"; then
    echo "decide():" >&2
    "$decide_worst" >"$work/decide" ||
        die "the decide_worst example failed"
    engine=sqlite
    while read -r _ active ns; do
        row "decide() longest path, $active active relationship(s)" "$ns ns" - - "<= 1000 ns" "$(met "$ns" 1000)"
    done < <(grep '^ns_per_call ' "$work/decide")
fi
load_after=$(uptime)

# --- the table ----------------------------------------------------------------------------

echo
echo "partnerctl $("$bin" --version | cut -d' ' -f2) (schema $schema), $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, runs: $runs (pairs under 100 ms: $((runs * 10))), medians"
echo "stores: $(for n in "${sizes[@]}"; do printf '%s=%s ' "$(label_of "$n")" "$(du -h "${FILE[$n]}" | cut -f1)"; done)"
echo "load before: $load_before"
for engine in "${engines[@]}"; do
    echo
    echo "## $engine"
    {
        printf 'measure\tpartnerctl\tbaseline\tratio\tgoal\tmet?\n'
        cat "$work/table.$engine"
    } | awk -F'\t' '
        { for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NR }
        END {
            for (r = 1; r <= n; r++) {
                line = "|"
                for (i = 1; i <= 6; i++) line = line sprintf(" %-*s |", w[i], c[r, i])
                print line
                if (r == 1) { line = "|"; for (i = 1; i <= 6; i++) { s = ""; for (j = 0; j < w[i] + 2; j++) s = s "-"; line = line s "|" } print line }
            }
        }'
done
echo
echo "scale rows (largest vs 1k, entries): partnerctl = the larger store, baseline = the smaller"
echo "load after:  $load_after"
