//! The JSON contract: every command's `-o json` document, pinned by insta snapshots (clock
//! fixed, ids, tokens, hashes and temp paths redacted), and `docs/json.md`, generated from the
//! same documents, checked to match them.
//!
//! After an intended change of a JSON shape: `INSTA_UPDATE=always cargo test --test
//! json_contract` (review the diff of `tests/snapshots/`), then `UPDATE_DOCS=1 cargo test
//! --test json_contract` to rewrite `docs/json.md`.

mod common;

use std::path::Path;

use common::demo::{FAB_ADMIN, PASS};
use common::*;
use serde_json::Value;

/// Replaces what differs from run to run (see `redact_str`) and the temp directory.
fn redact(v: &Value, subs: &[(String, String)]) -> Value {
    match v {
        Value::String(s) => Value::String(redact_str(&redact_with(s, subs))),
        Value::Array(a) => Value::Array(a.iter().map(|x| redact(x, subs)).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| (k.clone(), redact(x, subs)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Collects each command's document: snapshots it and keeps it for docs/json.md.
struct Contract {
    home: String,
    /// Where the store is, redacted (`Env::location_subs`).
    subs: Vec<(String, String)>,
    docs: Vec<(String, String, Value)>,
}

impl Contract {
    #[track_caller]
    fn doc(&mut self, name: &str, shown: &str, v: &Value) {
        let v = redact(v, &self.subs);
        insta::assert_json_snapshot!(name, v);
        self.docs.push((name.to_string(), shown.to_string(), v));
    }
}

fn json_of(r: Run) -> Value {
    r.ok().json()
}

fn render_docs(docs: &[(String, String, Value)]) -> String {
    let mut s = String::from(
        "# partnerctl JSON output\n\n\
         Every command prints exactly one JSON document on stdout with `-o json` (or\n\
         `PARTNERCTL_OUTPUT=json`); status text goes to stderr. Keys are snake_case and stable;\n\
         lists are arrays (`[]` when empty); absent values are `null`; times are RFC 3339 UTC;\n\
         ids are strings. Errors print one line on stderr and, with `-o json`, the object\n\
         `{\"error\": {\"code\", \"message\", \"reason\"}}` after it (see the last example).\n\n\
         Under `--dry-run` a changing command wraps its would-be result:\n\
         `{\"dry_run\": true, \"planned\": [{\"decision\": {…}, \"change\": \"…\"}], \"result\": …}`.\n\n\
         List commands also take `-o tsv` (no header, one record a line; tabs, line breaks and\n\
         backslashes in cells escaped as `\\t`, `\\n`, `\\\\`) and `-o csv` (with a header row),\n\
         with the columns of their table.\n\n\
         The examples below are generated from the snapshot tests (`tests/json_contract.rs`),\n\
         with the clock fixed at 2027-01-01T00:00:00Z and uuids, tokens, hashes and paths\n\
         redacted.\n",
    );
    for (name, shown, v) in docs {
        let title = name.split_once('_').map_or(name.as_str(), |(_, t)| t);
        s.push_str(&format!(
            "\n## {title}\n\n```sh\n{shown}\n```\n\n```json\n{}\n```\n",
            serde_json::to_string_pretty(v).expect("encodes")
        ));
    }
    s
}

#[test]
fn every_commands_json_is_pinned_and_documented() {
    let env = Env::new();
    let mut c = Contract {
        home: env.home().display().to_string(),
        subs: env.location_subs(),
        docs: Vec::new(),
    };

    // ----- the foundation, from `init` -----
    let v = json_of(env.run_in(
        &["init", "--test-clock", "--password-stdin", "-o", "json"],
        &format!("{OP_PASS}\n"),
    ));
    c.doc("01_init", "partnerctl init --password-stdin -o json", &v);
    let v = env.json(&["whoami"]);
    c.doc("02_whoami", "partnerctl whoami -o json", &v);
    let v = json_of(env.run_in(
        &["login", OP_ADMIN, "--password-stdin", "-o", "json"],
        &format!("{OP_PASS}\n"),
    ));
    c.doc(
        "03_login",
        "partnerctl login admin@operator.example --password-stdin -o json",
        &v,
    );
    let v = json_of(env.run_in(
        &[
            "login",
            OP_ADMIN,
            "--password-stdin",
            "--print-token",
            "-o",
            "json",
        ],
        &format!("{OP_PASS}\n"),
    ));
    c.doc(
        "04_login --print-token",
        "partnerctl login admin@operator.example --password-stdin --print-token -o json",
        &v,
    );
    let v = json_of(env.run_in(
        &[
            "tenants",
            "create",
            "Contoso Ltd",
            "--domain",
            CONTOSO,
            "--admin",
            CONTOSO_ADMIN,
            "--admin-password-stdin",
            "-o",
            "json",
        ],
        &format!("{CONTOSO_PASS}\n"),
    ));
    c.doc(
        "05_tenants create",
        "partnerctl tenants create \"Contoso Ltd\" --domain contoso.example --admin admin@contoso.example --admin-password-stdin -o json",
        &v,
    );
    let v = json_of(env.run_in(
        &[
            "tenants",
            "create",
            "Fabrikam",
            "--domain",
            "fabrikam.example",
            "--admin",
            "admin@fabrikam.example",
            "--admin-password-stdin",
            "-o",
            "json",
        ],
        "fabrikam-pass-1\n",
    ));
    assert_eq!(v["kind"], "customer");
    let v = env.json(&[
        "tenants",
        "enroll-partner",
        "fabrikam.example",
        "--partner-id",
        "4412345",
        "--require-mfa",
        "false",
    ]);
    c.doc(
        "06_tenants enroll-partner",
        "partnerctl tenants enroll-partner fabrikam.example --partner-id 4412345 --require-mfa false -o json",
        &v,
    );
    let v = env.json(&["tenants", "list"]);
    c.doc("07_tenants list", "partnerctl tenants list -o json", &v);
    let v = env.json(&[
        "health",
        "set",
        "teams",
        "degraded",
        "--message",
        "Chat delays",
    ]);
    c.doc(
        "08_health set",
        "partnerctl health set teams degraded --message \"Chat delays\" -o json",
        &v,
    );

    let p = Principals {
        contoso: env.token(CONTOSO_ADMIN, CONTOSO_PASS),
        fab: env.token("admin@fabrikam.example", "fabrikam-pass-1"),
    };
    tenants_and_users(&env, &mut c, &p);
    relationships(&env, &mut c, &p);
    services(&env, &mut c, &p);
    accountability(&env, &mut c, &p);
    demo_and_an_error(&mut c);

    let docs = render_docs(&c.docs);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/json.md");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &docs).unwrap();
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == docs,
        "docs/json.md does not match the JSON snapshots; regenerate it with: UPDATE_DOCS=1 cargo test --test json_contract"
    );
}

/// The two signed-in admins the contract's commands run as.
struct Principals {
    contoso: String,
    fab: String,
}

/// Documents 09 to 19: a tenant and its users, as contoso's admin.
fn tenants_and_users(env: &Env, c: &mut Contract, p: &Principals) {
    let contoso = p.contoso.clone();
    let as_ = |t: &str, args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        json_of(env.run_as(t, &a))
    };
    let v = as_(&contoso, &["tenants", "show"]);
    c.doc("09_tenants show", "partnerctl tenants show -o json", &v);
    let v = as_(
        &contoso,
        &["tenants", "update", "--phone", "+1 425 555 0100"],
    );
    c.doc(
        "10_tenants update",
        "partnerctl tenants update --phone \"+1 425 555 0100\" -o json",
        &v,
    );
    let v = json_of(env.run_with(
        &[
            "users",
            "add",
            "bob@contoso.example",
            "--name",
            "Bob",
            "--role",
            "helpdesk-admin",
            "--password-stdin",
            "-o",
            "json",
        ],
        "bob-password-1\n",
        &[("PARTNERCTL_TOKEN", &contoso)],
    ));
    c.doc(
        "11_users add",
        "partnerctl users add bob@contoso.example --name Bob --role helpdesk-admin --password-stdin -o json",
        &v,
    );
    let v = as_(&contoso, &["users", "list"]);
    c.doc("12_users list", "partnerctl users list -o json", &v);
    let v = as_(
        &contoso,
        &["users", "update", "bob@contoso.example", "--disable"],
    );
    c.doc(
        "13_users update",
        "partnerctl users update bob@contoso.example --disable -o json",
        &v,
    );
    let v = as_(
        &contoso,
        &[
            "users",
            "roles",
            "add",
            "bob@contoso.example",
            "global-reader",
        ],
    );
    c.doc(
        "14_users roles add",
        "partnerctl users roles add bob@contoso.example global-reader -o json",
        &v,
    );
    let v = as_(
        &contoso,
        &[
            "users",
            "roles",
            "remove",
            "bob@contoso.example",
            "global-reader",
        ],
    );
    c.doc(
        "15_users roles remove",
        "partnerctl users roles remove bob@contoso.example global-reader -o json",
        &v,
    );
    let v = json_of(env.run_with(
        &[
            "users",
            "reset-password",
            "bob@contoso.example",
            "--password-stdin",
            "-o",
            "json",
        ],
        "bob-password-2\n",
        &[("PARTNERCTL_TOKEN", &contoso)],
    ));
    c.doc(
        "16_users reset-password",
        "partnerctl users reset-password bob@contoso.example --password-stdin -o json",
        &v,
    );
    let v = as_(
        &contoso,
        &["users", "remove", "bob@contoso.example", "--dry-run"],
    );
    c.doc(
        "17_--dry-run (users remove)",
        "partnerctl users remove bob@contoso.example --dry-run -o json",
        &v,
    );
    let v = as_(&contoso, &["users", "remove", "bob@contoso.example"]);
    c.doc(
        "18_users remove",
        "partnerctl users remove bob@contoso.example -o json",
        &v,
    );
    let v = as_(&contoso, &["can", "user.create"]);
    c.doc("19_can", "partnerctl can user.create -o json", &v);
}

/// Invites, relationships and grants, between Fabrikam and contoso.
fn relationships(env: &Env, c: &mut Contract, p: &Principals) {
    let (contoso, fab) = (p.contoso.clone(), p.fab.clone());
    let as_ = |t: &str, args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        json_of(env.run_as(t, &a))
    };
    let v = as_(
        &fab,
        &[
            "invite",
            "--access",
            "helpdesk-admin",
            "--access",
            "global-reader",
            "--duration",
            "365d",
            "--auto-extend",
            "--customer-domain",
            CONTOSO,
            "--message",
            "Hello",
        ],
    );
    c.doc(
        "20_invite",
        "partnerctl invite --access helpdesk-admin --access global-reader --duration 365d --auto-extend --customer-domain contoso.example --message Hello -o json",
        &v,
    );
    let token = v["token"].as_str().unwrap().to_string();
    let invite_id = v["id"].as_str().unwrap().to_string();
    let v = as_(&fab, &["invites", "list"]);
    c.doc("21_invites list", "partnerctl invites list -o json", &v);
    let v = as_(&fab, &["invites", "show", &invite_id]);
    c.doc("22_invites show", "partnerctl invites show ID -o json", &v);
    let v = as_(&contoso, &["accept", &token, "--yes"]);
    c.doc("23_accept", "partnerctl accept TOKEN --yes -o json", &v);
    let second = as_(&fab, &["invite", "--customer-domain", "northwind.example"]);
    let v = as_(&fab, &["invites", "revoke", second["id"].as_str().unwrap()]);
    c.doc(
        "24_invites revoke",
        "partnerctl invites revoke ID -o json",
        &v,
    );
    let third = as_(&fab, &["invite"]);
    let v = as_(&contoso, &["decline", third["token"].as_str().unwrap()]);
    c.doc("25_decline", "partnerctl decline TOKEN -o json", &v);
    let v = as_(&contoso, &["partners", "list"]);
    c.doc("26_partners list", "partnerctl partners list -o json", &v);
    let v = as_(&fab, &["customers", "list"]);
    c.doc("27_customers list", "partnerctl customers list -o json", &v);
    let v = json_of(env.run_with(
        &[
            "users",
            "add",
            "agent@fabrikam.example",
            "--password-stdin",
            "-o",
            "json",
        ],
        "agent-password-1\n",
        &[("PARTNERCTL_TOKEN", &fab)],
    ));
    assert_eq!(v["upn"], "agent@fabrikam.example");
    let v = as_(
        &fab,
        &[
            "grants",
            "add",
            "agent@fabrikam.example",
            "--role",
            "helpdesk-agent",
            "--customer",
            CONTOSO,
        ],
    );
    c.doc(
        "28_grants add",
        "partnerctl grants add agent@fabrikam.example --role helpdesk-agent --customer contoso.example -o json",
        &v,
    );
    let v = as_(&fab, &["grants", "list"]);
    c.doc("29_grants list", "partnerctl grants list -o json", &v);
    let csv = Path::new(&c.home).join("grants.csv");
    std::fs::write(
        &csv,
        "upn,role,customer\nagent@fabrikam.example,sales-agent,\n",
    )
    .unwrap();
    let v = as_(
        &fab,
        &["grants", "add", "--from-csv", csv.to_str().unwrap()],
    );
    c.doc(
        "30_grants add --from-csv",
        "partnerctl grants add --from-csv grants.csv -o json",
        &v,
    );
    let v = as_(
        &fab,
        &[
            "grants",
            "remove",
            "agent@fabrikam.example",
            "--role",
            "sales-agent",
        ],
    );
    c.doc(
        "31_grants remove",
        "partnerctl grants remove agent@fabrikam.example --role sales-agent -o json",
        &v,
    );
    let csv = Path::new(&c.home).join("invites.csv");
    std::fs::write(
        &csv,
        "customer_domain,email,access,duration,expires_in,message\nprospect.example,it@prospect.example,helpdesk-admin,180d,30d,Welcome\n",
    )
    .unwrap();
    let v = as_(&fab, &["invite", "--from-csv", csv.to_str().unwrap()]);
    c.doc(
        "32_invite --from-csv",
        "partnerctl invite --from-csv invites.csv -o json",
        &v,
    );
    let v = as_(
        &fab,
        &[
            "can",
            "user.read",
            "--tenant",
            CONTOSO,
            "--user",
            "agent@fabrikam.example",
        ],
    );
    c.doc(
        "33_can --user (delegated)",
        "partnerctl can user.read --tenant contoso.example --user agent@fabrikam.example -o json",
        &v,
    );
}

/// Licenses, domains, health, service requests and the dashboard.
fn services(env: &Env, c: &mut Contract, p: &Principals) {
    let (contoso, fab) = (p.contoso.clone(), p.fab.clone());
    let as_ = |t: &str, args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        json_of(env.run_as(t, &a))
    };
    let v = as_(&contoso, &["licenses", "catalogue"]);
    c.doc(
        "34_licenses catalogue",
        "partnerctl licenses catalogue -o json",
        &v,
    );
    let v = as_(&contoso, &["licenses", "buy", "m365-e3", "--quantity", "5"]);
    c.doc(
        "35_licenses buy",
        "partnerctl licenses buy m365-e3 --quantity 5 -o json",
        &v,
    );
    let v = as_(&contoso, &["licenses", "assign", "m365-e3", CONTOSO_ADMIN]);
    c.doc(
        "36_licenses assign",
        "partnerctl licenses assign m365-e3 admin@contoso.example -o json",
        &v,
    );
    let v = as_(&contoso, &["licenses", "list"]);
    c.doc("37_licenses list", "partnerctl licenses list -o json", &v);
    let v = as_(
        &contoso,
        &["licenses", "unassign", "m365-e3", CONTOSO_ADMIN],
    );
    c.doc(
        "38_licenses unassign",
        "partnerctl licenses unassign m365-e3 admin@contoso.example -o json",
        &v,
    );
    let added = as_(&contoso, &["domains", "add", "mail.contoso.example"]);
    c.doc(
        "39_domains add",
        "partnerctl domains add mail.contoso.example -o json",
        &added,
    );
    let code = added["verification"]["value"].as_str().unwrap().to_string();
    let v = as_(
        &contoso,
        &["domains", "verify", "mail.contoso.example", "--code", &code],
    );
    c.doc(
        "40_domains verify",
        "partnerctl domains verify mail.contoso.example --code CODE -o json",
        &v,
    );
    let v = as_(
        &contoso,
        &[
            "domains",
            "set-capabilities",
            "mail.contoso.example",
            "--capability",
            "email",
            "--capability",
            "teams",
        ],
    );
    c.doc(
        "41_domains set-capabilities",
        "partnerctl domains set-capabilities mail.contoso.example --capability email --capability teams -o json",
        &v,
    );
    let v = as_(&contoso, &["domains", "list"]);
    c.doc("42_domains list", "partnerctl domains list -o json", &v);
    as_(&contoso, &["domains", "add", "old.contoso.example"]);
    let v = as_(&contoso, &["domains", "remove", "old.contoso.example"]);
    c.doc(
        "43_domains remove",
        "partnerctl domains remove old.contoso.example -o json",
        &v,
    );
    let v = as_(&contoso, &["health"]);
    c.doc("44_health", "partnerctl health -o json", &v);
    let v = as_(
        &contoso,
        &[
            "requests",
            "create",
            "--title",
            "Mail is slow",
            "--description",
            "Since Monday",
            "--severity",
            "2",
        ],
    );
    c.doc(
        "45_requests create",
        "partnerctl requests create --title \"Mail is slow\" --description \"Since Monday\" --severity 2 -o json",
        &v,
    );
    let v = as_(
        &fab,
        &[
            "requests",
            "comment",
            "SR-000001",
            "--message",
            "Looking into it",
            "--tenant",
            CONTOSO,
        ],
    );
    c.doc(
        "46_requests comment",
        "partnerctl requests comment SR-000001 --message \"Looking into it\" --tenant contoso.example -o json",
        &v,
    );
    let v = env.json(&[
        "requests",
        "update",
        "SR-000001",
        "--status",
        "in-progress",
        "--tenant",
        CONTOSO,
    ]);
    c.doc(
        "47_requests update",
        "partnerctl requests update SR-000001 --status in-progress --tenant contoso.example -o json",
        &v,
    );
    let v = as_(&contoso, &["requests", "show", "SR-000001"]);
    c.doc(
        "48_requests show",
        "partnerctl requests show SR-000001 -o json",
        &v,
    );
    let v = as_(&contoso, &["requests", "list"]);
    c.doc("49_requests list", "partnerctl requests list -o json", &v);
    let v = as_(&contoso, &["requests", "close", "SR-000001"]);
    c.doc(
        "50_requests close",
        "partnerctl requests close SR-000001 -o json",
        &v,
    );
    let v = as_(&fab, &["dashboard"]);
    c.doc("51_dashboard", "partnerctl dashboard -o json", &v);
    let v = as_(&fab, &["dashboard", CONTOSO]);
    c.doc(
        "52_dashboard CUSTOMER",
        "partnerctl dashboard contoso.example -o json",
        &v,
    );
}

/// Access, doctor, the audit trail, and the commands around the edges.
fn accountability(env: &Env, c: &mut Contract, p: &Principals) {
    let (contoso, fab) = (p.contoso.clone(), p.fab.clone());
    let as_ = |t: &str, args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        json_of(env.run_as(t, &a))
    };
    let v = as_(&contoso, &["access"]);
    c.doc("53_access", "partnerctl access -o json", &v);
    let v = as_(&contoso, &["doctor"]);
    c.doc("54_doctor", "partnerctl doctor -o json", &v);
    let v = as_(&contoso, &["audit", "list", "--limit", "3"]);
    c.doc(
        "55_audit list",
        "partnerctl audit list --limit 3 -o json",
        &v,
    );
    let v = as_(&contoso, &["audit", "verify"]);
    c.doc("56_audit verify", "partnerctl audit verify -o json", &v);
    let v = as_(
        &contoso,
        &["partners", "remove", "fabrikam.example", "--yes"],
    );
    c.doc(
        "57_partners remove",
        "partnerctl partners remove fabrikam.example --yes -o json",
        &v,
    );
    let northwind_invite = as_(&fab, &["invite", "--customer-domain", CONTOSO]);
    as_(
        &contoso,
        &[
            "accept",
            northwind_invite["token"].as_str().unwrap(),
            "--yes",
        ],
    );
    let v = as_(&fab, &["customers", "remove", CONTOSO, "--yes"]);
    c.doc(
        "58_customers remove",
        "partnerctl customers remove contoso.example --yes -o json",
        &v,
    );
    let v = as_(&contoso, &["completions", "bash"]);
    assert!(v["script"].as_str().unwrap().contains("partnerctl"));
    c.doc(
        "59_completions",
        "partnerctl completions bash -o json",
        &serde_json::json!({"shell": v["shell"], "script": "…"}),
    );
    let man = Path::new(&c.home).join("man");
    let v = json_of(env.run(&["man", "--out", man.to_str().unwrap(), "-o", "json"]));
    assert!(v["pages"].as_array().unwrap().len() > 40);
    c.doc(
        "60_man",
        "partnerctl man --out DIR -o json",
        &serde_json::json!({"dir": v["dir"], "pages": [v["pages"][0], v["pages"][1], "…"]}),
    );
    let v = as_(&contoso, &["logout"]);
    c.doc("61_logout", "partnerctl logout -o json", &v);
}

/// The demo and a denied command on it.
fn demo_and_an_error(c: &mut Contract) {
    let demo = Env::new();
    c.home = demo.home().display().to_string();
    c.subs = demo.location_subs();
    let v = json_of(demo.run(&["demo", "-o", "json"]));
    c.doc("62_demo", "partnerctl demo -o json", &v);
    let partner = demo.token(FAB_ADMIN, PASS);
    gdap(&demo, c, &partner);
    offers(&demo, c, &partner);
    mfa(&demo, c, &partner);
    notify(&demo, c);
    let err = demo
        .run_as(
            &partner,
            &[
                "users",
                "add",
                "x@contoso.example",
                "--tenant",
                CONTOSO,
                "-o",
                "json",
            ],
        )
        .fails(4, "permission_denied");
    c.doc(
        "63_error",
        "partnerctl users add x@contoso.example --tenant contoso.example -o json   # 2> stderr",
        &err,
    );
}

/// GDAP-grade relationships on the demo: several per customer, groups, assignments.
fn gdap(demo: &Env, c: &mut Contract, partner: &str) {
    let v = demo.json_as(partner, &["relationships", "list"]);
    let nw = v
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["customer"]["domain"] == "northwind.example")
        .map(|r| r["id"].as_str().unwrap().to_string())
        .unwrap();
    c.doc(
        "62a_relationships list",
        "partnerctl relationships list -o json",
        &v,
    );
    let v = demo.json_as(partner, &["groups", "create", "tier2"]);
    c.doc(
        "62b_groups create",
        "partnerctl groups create tier2 -o json",
        &v,
    );
    let v = demo.json_as(
        partner,
        &[
            "groups",
            "members",
            "add",
            "tier2",
            "reader@fabrikam-partners.example",
        ],
    );
    c.doc(
        "62c_groups members add",
        "partnerctl groups members add tier2 reader@fabrikam-partners.example -o json",
        &v,
    );
    let v = demo.json_as(partner, &["groups", "list"]);
    c.doc("62d_groups list", "partnerctl groups list -o json", &v);
    let v = demo.json_as(
        partner,
        &[
            "relationships",
            "assign",
            &nw,
            "--group",
            "tier2",
            "--role",
            "helpdesk-admin",
        ],
    );
    c.doc(
        "62e_relationships assign",
        "partnerctl relationships assign ID --group tier2 --role helpdesk-admin -o json",
        &v,
    );
    let v = demo.json_as(partner, &["relationships", "show", &nw]);
    c.doc(
        "62f_relationships show",
        "partnerctl relationships show ID -o json",
        &v,
    );
    let v = demo.json_as(partner, &["invite", "--renews", &nw]);
    c.doc(
        "62g_invite --renews",
        "partnerctl invite --renews ID -o json",
        &v,
    );
}

/// Purchase offers on the demo: one with a request for delegated administration, accepted by
/// adatum; one declined; one revoked.
fn offers(demo: &Env, c: &mut Contract, partner: &str) {
    let args = [
        "offers",
        "create",
        "--item",
        "m365-business-premium=25",
        "--item",
        "exchange-online-p1=5",
        "--customer-domain",
        "adatum.example",
        "--with-delegated-admin",
        "--access",
        "helpdesk-admin",
        "--access",
        "global-reader",
        "--duration",
        "365d",
        "--message",
        "As discussed",
    ];
    let v = demo.json_as(partner, &args);
    c.doc(
        "62h_offers create",
        "partnerctl offers create --item m365-business-premium=25 --item exchange-online-p1=5 --customer-domain adatum.example --with-delegated-admin --access helpdesk-admin --access global-reader --duration 365d --message \"As discussed\" -o json",
        &v,
    );
    let token = v["token"].as_str().unwrap().to_string();
    let id = v["id"].as_str().unwrap().to_string();
    let v = demo.json_as(partner, &["offers", "show", &id]);
    c.doc("62i_offers show", "partnerctl offers show ID -o json", &v);
    let adatum = demo.token("admin@adatum.example", PASS);
    let v = demo.json_as(&adatum, &["offers", "accept", &token, "--yes"]);
    c.doc(
        "62j_offers accept",
        "partnerctl offers accept TOKEN --yes -o json",
        &v,
    );
    let second = demo.json_as(partner, &["offers", "create", "--item", "m365-e3=10"]);
    let v = demo.json_as(
        &adatum,
        &["offers", "decline", second["token"].as_str().unwrap()],
    );
    c.doc(
        "62k_offers decline",
        "partnerctl offers decline TOKEN -o json",
        &v,
    );
    let third = demo.json_as(partner, &["offers", "create", "--item", "m365-e5=3"]);
    let v = demo.json_as(
        partner,
        &["offers", "revoke", third["id"].as_str().unwrap()],
    );
    c.doc(
        "62l_offers revoke",
        "partnerctl offers revoke ID -o json",
        &v,
    );
    let v = demo.json_as(partner, &["offers", "list"]);
    c.doc("62m_offers list", "partnerctl offers list -o json", &v);
}

/// Multi-factor sign-in on the demo: enrolment (its secret and recovery codes are random, so
/// they are shown as placeholders), a sign-in with a code computed from the secret, the status.
fn mfa(demo: &Env, c: &mut Contract, partner: &str) {
    let v = demo.json_as(partner, &["mfa", "enroll"]);
    let secret = v["secret"].as_str().expect("secret").to_string();
    let codes: Vec<String> = v["recovery_codes"]
        .as_array()
        .expect("recovery codes")
        .iter()
        .map(|c| c.as_str().expect("a code").to_string())
        .collect();
    let mut shown = v.clone();
    shown["secret"] = "[secret]".into();
    shown["otpauth_uri"] = v["otpauth_uri"]
        .as_str()
        .expect("uri")
        .replace(&secret, "[secret]")
        .into();
    shown["recovery_codes"] = codes.iter().map(|_| "[recovery code]").collect();
    c.doc("62t_mfa enroll", "partnerctl mfa enroll -o json", &shown);

    let totp = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(&secret).expect("base32"))
        .build()
        .expect("an RFC 6238 key");
    let now = chrono::DateTime::parse_from_rfc3339(NOW)
        .unwrap()
        .timestamp();
    let code = totp.generate(u64::try_from(now).unwrap()).to_string();
    let v = json_of(demo.run_in(
        &[
            "login",
            FAB_ADMIN,
            "--password-stdin",
            "--otp",
            &code,
            "--print-token",
            "-o",
            "json",
        ],
        &format!("{PASS}\n"),
    ));
    c.doc(
        "62u_login --otp",
        "partnerctl login admin@fabrikam-partners.example --password-stdin --otp CODE --print-token -o json",
        &v,
    );
    let token = v["token"].as_str().expect("token");
    let v = demo.json_as(token, &["mfa", "status"]);
    c.doc("62v_mfa status", "partnerctl mfa status -o json", &v);
}

/// Lifecycle notifications on the demo, as contoso's admin: Tailspin's relationship with
/// contoso expires within 7 days.
fn notify(demo: &Env, c: &mut Contract) {
    let contoso = demo.token(CONTOSO_ADMIN, PASS);
    let out = demo.home().join("outbox");
    let mut v = demo.json_as(&contoso, &["notify", "--outbox", out.to_str().unwrap()]);
    assert_eq!(v["written"].as_array().unwrap().len(), 1, "{v}");
    // The file name ends in a digest of the event's key, which holds the relationship's id.
    for w in v["written"].as_array_mut().unwrap() {
        let f = w["file"].as_str().unwrap();
        let (stem, _) = f.rsplit_once('-').unwrap();
        w["file"] = Value::String(format!("{stem}-[hash].eml"));
    }
    c.doc(
        "62n_notify",
        "partnerctl notify --outbox ~/outbox -o json",
        &v,
    );
}
