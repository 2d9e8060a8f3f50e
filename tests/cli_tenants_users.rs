//! Tenant and user lifecycle, roles, validation and the last-global-admin rule, through the
//! real binary.

mod common;

use common::*;
use serde_json::{json, Value};

fn find<'a>(list: &'a Value, key: &str, value: &str) -> Option<&'a Value> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .find(|x| x[key] == value)
}

#[test]
fn tenant_lifecycle() {
    let env = Env::init();
    let created = env
        .run_in(
            &[
                "tenants",
                "create",
                "Contoso Ltd",
                "--domain",
                "Contoso.Example",
                "--admin",
                CONTOSO_ADMIN,
                "--admin-password-stdin",
                "-o",
                "json",
            ],
            &format!("{CONTOSO_PASS}\n"),
        )
        .ok()
        .json();
    assert_eq!(created["domain"], CONTOSO);
    assert_eq!(created["name"], "Contoso Ltd");
    assert_eq!(created["kind"], "customer");
    assert_eq!(created["admin"], CONTOSO_ADMIN);
    assert_eq!(created["admin_can_sign_in"], true);
    let contoso_id = created["id"].as_str().unwrap().to_string();

    // A partner tenant, and a tenant whose admin has no password yet.
    env.run(&[
        "tenants",
        "create",
        "Fabrikam Partners",
        "--domain",
        "fabrikam.example",
        "--admin",
        "admin@fabrikam.example",
        "--partner",
        "--partner-id",
        "4412345",
    ])
    .ok();
    let r = env
        .run(&[
            "tenants",
            "create",
            "Northwind",
            "--domain",
            "northwind.example",
            "--admin",
            "admin@northwind.example",
        ])
        .ok();
    assert!(r.stderr.contains("reset-password"), "{}", r.stderr);

    // The operator lists every tenant.
    let list = env.json(&["tenants", "list"]);
    let domains: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["domain"].as_str().unwrap())
        .collect();
    assert_eq!(
        domains,
        [
            CONTOSO,
            "fabrikam.example",
            "northwind.example",
            "operator.example"
        ]
    );
    assert_eq!(
        find(&list, "domain", "fabrikam.example").unwrap()["kind"],
        "partner"
    );
    assert_eq!(
        find(&list, "domain", "fabrikam.example").unwrap()["partner_id"],
        "4412345"
    );

    // show, by domain and by id
    let shown = env.json(&["tenants", "show", "--tenant", CONTOSO]);
    assert_eq!(shown["id"], contoso_id);
    assert_eq!(shown["global_admins"], json!([CONTOSO_ADMIN]));
    assert_eq!(shown["users"], 1);
    assert_eq!(
        env.json(&["tenants", "show", "--tenant", &contoso_id])["domain"],
        CONTOSO
    );

    // The tenant's admin signs in, sees only its own tenant and updates its contact details.
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    let mine = env.json(&["tenants", "list"]);
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["domain"], CONTOSO);
    let updated = env.json(&[
        "tenants",
        "update",
        "--name",
        "Contoso Limited",
        "--email",
        "it@contoso.example",
        "--phone",
        "+1 (425) 555-0100",
        "--address",
        "1 Main Street",
    ]);
    assert_eq!(updated["name"], "Contoso Limited");
    assert_eq!(
        updated["contact"],
        json!({"email": "it@contoso.example", "phone": "+1 (425) 555-0100", "address": "1 Main Street"})
    );
    let shown = env.json(&["tenants", "show"]);
    assert_eq!(shown["name"], "Contoso Limited");
    assert_eq!(shown["contact"]["phone"], "+1 (425) 555-0100");
    // Fields not named keep their values.
    env.json(&["tenants", "update", "--phone", "+44 20 7946 0000"]);
    let shown = env.json(&["tenants", "show"]);
    assert_eq!(shown["contact"]["email"], "it@contoso.example");
    assert_eq!(shown["contact"]["phone"], "+44 20 7946 0000");

    // Every change left an allowed audit entry.
    let audit = env.audit();
    for action in ["tenant.provision", "tenant.update"] {
        assert!(
            audit.iter().any(|(a, o, _)| a == action && o == "allowed"),
            "{action} not audited: {audit:?}"
        );
    }
}

#[test]
fn tenant_update_validates_contact_details() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    let before = env.bytes();
    for args in [
        &["--phone", "call me maybe"][..],
        &["--phone", "12"],
        &["--email", "not-an-address"],
        &["--name", ""],
        &["--name", "bad\u{7}name"],
    ] {
        let mut a = vec!["tenants", "update", "-o", "json"];
        a.extend_from_slice(args);
        env.run(&a).fails(2, "invalid_input");
    }
    let long = "n".repeat(257);
    env.run(&["tenants", "update", "--name", &long]).expect(2);
    env.run(&["tenants", "update"]).expect(2);
    assert_eq!(env.bytes(), before);
    // 256 characters is still a valid name.
    env.json(&["tenants", "update", "--name", &"n".repeat(256)]);
}

#[test]
fn tenant_create_validates_and_refuses_duplicates() {
    let env = Env::with_contoso();
    let before = env.bytes();
    let create = |name: &str, domain: &str, admin: &str, extra: &[&str]| {
        let mut a = vec![
            "tenants", "create", name, "--domain", domain, "--admin", admin, "-o", "json",
        ];
        a.extend_from_slice(extra);
        env.run(&a)
    };
    // invalid values: exit 2
    create("X", "no_dots", "a@no_dots", &[]).fails(2, "invalid_input");
    create("X", "x.example", "a@elsewhere.example", &[]).fails(2, "invalid_input");
    create("X", "x.example", "not-a-upn", &[]).fails(2, "invalid_input");
    create("", "x.example", "a@x.example", &[]).fails(2, "invalid_input");
    create("X", "x.example", "a@x.example", &["--partner"]).fails(2, "invalid_input");
    create(
        "X",
        "x.example",
        "a@x.example",
        &["--partner-id", "bad id!"],
    )
    .fails(2, "invalid_input");
    // duplicates: exit 6
    create("Again", CONTOSO, "other@contoso.example", &[]).fails(6, "conflict");
    create("Again", "CONTOSO.example", "x@contoso.example", &[]).fails(6, "conflict");
    create("Op", "operator.example", "x@operator.example", &[]).fails(6, "conflict");
    assert_eq!(env.bytes(), before, "a refused create changed the database");

    create("P1", "p1.example", "a@p1.example", &["--partner-id", "P-1"]).ok();
    let before = env.bytes();
    create("P2", "p2.example", "a@p2.example", &["--partner-id", "P-1"]).fails(6, "conflict");
    assert_eq!(env.bytes(), before);
    assert!(find(&env.json(&["tenants", "list"]), "domain", "p2.example").is_none());
}

#[test]
fn enroll_partner() {
    let env = Env::with_contoso();
    let v = env.json(&["tenants", "enroll-partner", CONTOSO, "--partner-id", "777"]);
    assert_eq!(v["kind"], "partner");
    assert_eq!(v["partner_id"], "777");
    assert_eq!(
        env.json(&["tenants", "show", "--tenant", CONTOSO])["partner_id"],
        "777"
    );
    let before = env.state();
    env.run(&[
        "tenants",
        "enroll-partner",
        CONTOSO,
        "--partner-id",
        "778",
        "-o",
        "json",
    ])
    .fails(6, "conflict");
    env.run(&[
        "tenants",
        "enroll-partner",
        "nowhere.example",
        "--partner-id",
        "779",
        "-o",
        "json",
    ])
    .fails(5, "not_found");
    env.run(&[
        "tenants",
        "enroll-partner",
        CONTOSO,
        "--partner-id",
        "no spaces",
        "-o",
        "json",
    ])
    .fails(2, "invalid_input");
    assert_eq!(env.state(), before);

    // Only the operator enrolls partners.
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    let before = env.state();
    env.run(&[
        "tenants",
        "enroll-partner",
        CONTOSO,
        "--partner-id",
        "780",
        "-o",
        "json",
    ])
    .fails(4, "permission_denied");
    assert_eq!(env.state(), before);
}

#[test]
fn only_the_operator_provisions_tenants() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    let state = env.state();
    let audit = env.audit().len();
    let e = env
        .run(&[
            "tenants",
            "create",
            "Mine",
            "--domain",
            "mine.example",
            "--admin",
            "a@mine.example",
            "-o",
            "json",
        ])
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "operator-only");
    assert_eq!(env.state(), state, "a denied create changed the data");
    // The denied attempt is recorded, and only that.
    let after = env.audit();
    assert_eq!(after.len(), audit + 1);
    assert_eq!(
        after.last().unwrap(),
        &(
            "tenant.provision".to_string(),
            "denied".to_string(),
            "operator-only".to_string()
        )
    );
    // A customer admin cannot read another tenant either.
    env.run(&[
        "tenants",
        "show",
        "--tenant",
        "operator.example",
        "-o",
        "json",
    ])
    .fails(4, "permission_denied");
    env.run(&[
        "users",
        "list",
        "--tenant",
        "operator.example",
        "-o",
        "json",
    ])
    .fails(4, "permission_denied");
}

#[test]
fn user_lifecycle() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);

    let added = env
        .run_in(
            &[
                "users",
                "add",
                "Dana@Contoso.Example",
                "--name",
                "Dana Scully",
                "--role",
                "user-admin",
                "--role",
                "helpdesk-admin",
                "--password-stdin",
                "-o",
                "json",
            ],
            "dana-password\n",
        )
        .ok()
        .json();
    assert_eq!(added["upn"], "dana@contoso.example");
    assert_eq!(added["name"], "Dana Scully");
    assert_eq!(added["enabled"], true);
    assert_eq!(added["can_sign_in"], true);
    assert_eq!(added["roles"], json!(["user-admin", "helpdesk-admin"]));

    // Without --name the display name is the part before @.
    env.run(&["users", "add", "eve@contoso.example"]).ok();
    let list = env.json(&["users", "list"]);
    assert_eq!(
        list.as_array()
            .unwrap()
            .iter()
            .map(|u| u["upn"].as_str().unwrap())
            .collect::<Vec<_>>(),
        [CONTOSO_ADMIN, "dana@contoso.example", "eve@contoso.example"]
    );
    assert_eq!(
        find(&list, "upn", "eve@contoso.example").unwrap()["name"],
        "eve"
    );
    assert_eq!(
        find(&list, "upn", "eve@contoso.example").unwrap()["roles"],
        json!([])
    );

    // update the name, disable, enable
    let v = env.json(&[
        "users",
        "update",
        "eve@contoso.example",
        "--name",
        "Eve Polastri",
    ]);
    assert_eq!(v["name"], "Eve Polastri");
    let v = env.json(&["users", "update", "eve@contoso.example", "--disable"]);
    assert_eq!(v["enabled"], false);
    assert_eq!(v["can_sign_in"], false);
    let v = env.json(&["users", "update", "eve@contoso.example", "--enable"]);
    assert_eq!(v["enabled"], true);

    // roles add / remove
    let v = env.json(&[
        "users",
        "roles",
        "add",
        "eve@contoso.example",
        "billing-admin",
    ]);
    assert_eq!(v["roles"], json!(["billing-admin"]));
    let v = env.json(&[
        "users",
        "roles",
        "add",
        "eve@contoso.example",
        "global-admin",
    ]);
    assert_eq!(v["roles"], json!(["global-admin", "billing-admin"]));
    let v = env.json(&[
        "users",
        "roles",
        "remove",
        "eve@contoso.example",
        "billing-admin",
    ]);
    assert_eq!(v["roles"], json!(["global-admin"]));
    assert_eq!(
        env.json(&["tenants", "show"])["global_admins"],
        json!([CONTOSO_ADMIN, "eve@contoso.example"])
    );

    // reset-password gives eve a password: she can sign in and act with her new role
    env.run_in(
        &[
            "users",
            "reset-password",
            "eve@contoso.example",
            "--password-stdin",
        ],
        "eve-password-1\n",
    )
    .ok();
    let eve = env.token("eve@contoso.example", "eve-password-1");
    env.run_as(&eve, &["can", "user.delete"]).ok();

    // remove
    let v = env.json(&["users", "remove", "dana@contoso.example"]);
    assert_eq!(v["removed"], true);
    assert_eq!(env.upns(CONTOSO), [CONTOSO_ADMIN, "eve@contoso.example"]);
    env.run_in(
        &["login", "dana@contoso.example", "--password-stdin"],
        "dana-password\n",
    )
    .expect(3);

    // The operator can provision, but the tenant's users are the tenant's business.
    env.login(OP_ADMIN, OP_PASS);
    env.run(&["users", "list", "--tenant", CONTOSO]).expect(4);
}

#[test]
fn user_roles_decide_what_a_user_may_do() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    env.add_user(
        "reader@contoso.example",
        "reader-pass",
        &["--role", "global-reader"],
    );
    env.add_user(
        "ua@contoso.example",
        "ua-password",
        &["--role", "user-admin"],
    );
    let reader = env.token("reader@contoso.example", "reader-pass");
    let ua = env.token("ua@contoso.example", "ua-password");

    // A global reader lists users but changes nothing.
    env.run_as(&reader, &["users", "list"]).ok();
    let state = env.state();
    let e = env
        .run_with(
            &[
                "users",
                "add",
                "x@contoso.example",
                "--password-stdin",
                "-o",
                "json",
            ],
            "x-password\n",
            &[("PARTNERCTL_TOKEN", &reader)],
        )
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "role-insufficient");
    env.run_as(
        &reader,
        &[
            "users",
            "update",
            "ua@contoso.example",
            "--disable",
            "-o",
            "json",
        ],
    )
    .fails(4, "permission_denied");
    env.run_as(
        &reader,
        &["tenants", "update", "--phone", "+1 555 0100", "-o", "json"],
    )
    .fails(4, "permission_denied");
    assert_eq!(env.state(), state);

    // A user admin creates users, but may not hand out roles.
    env.add_user_as(&ua, "y@contoso.example", "y-password", &[]);
    let state = env.state();
    env.run_as(
        &ua,
        &[
            "users",
            "add",
            "z@contoso.example",
            "--role",
            "global-admin",
            "-o",
            "json",
        ],
    )
    .fails(4, "permission_denied");
    env.run_as(
        &ua,
        &[
            "users",
            "roles",
            "add",
            "ua@contoso.example",
            "global-admin",
            "-o",
            "json",
        ],
    )
    .fails(4, "permission_denied");
    assert_eq!(env.state(), state);
}

#[test]
fn user_input_is_validated() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    let before = env.bytes();
    // The UPN's domain must be one of the tenant's domains.
    let e = env
        .run(&["users", "add", "x@operator.example", "-o", "json"])
        .fails(2, "invalid_input");
    assert!(
        e["message"].as_str().unwrap().contains("operator.example"),
        "{e}"
    );
    env.run(&["users", "add", "x@unknown.example", "-o", "json"])
        .fails(2, "invalid_input");
    env.run(&["users", "add", "not-a-upn", "-o", "json"])
        .fails(2, "invalid_input");
    env.run(&["users", "add", "a..b@contoso.example", "-o", "json"])
        .fails(2, "invalid_input");
    env.run(&[
        "users",
        "add",
        "x@contoso.example",
        "--name",
        "  ",
        "-o",
        "json",
    ])
    .fails(2, "invalid_input");
    env.run(&[
        "users",
        "add",
        "x@contoso.example",
        "--name",
        &"n".repeat(257),
        "-o",
        "json",
    ])
    .fails(2, "invalid_input");
    env.run(&["users", "update", CONTOSO_ADMIN, "-o", "json"])
        .fails(2, "invalid_input");
    // unknown roles are clap usage errors
    env.run(&["users", "add", "x@contoso.example", "--role", "emperor"])
        .expect(2);
    env.run(&["users", "roles", "add", CONTOSO_ADMIN, "emperor"])
        .expect(2);
    env.run(&["users", "update", CONTOSO_ADMIN, "--enable", "--disable"])
        .expect(2);
    assert_eq!(env.bytes(), before);
}

#[test]
fn user_duplicates_and_unknowns() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    env.add_user(
        "bob@contoso.example",
        "bob-password",
        &["--role", "global-reader"],
    );
    let before = env.bytes();
    env.run_in(
        &[
            "users",
            "add",
            "BOB@contoso.example",
            "--password-stdin",
            "-o",
            "json",
        ],
        "bob-password-2\n",
    )
    .fails(6, "conflict");
    env.run(&[
        "users",
        "roles",
        "add",
        "bob@contoso.example",
        "global-reader",
        "-o",
        "json",
    ])
    .fails(6, "conflict");
    env.run(&[
        "users",
        "roles",
        "remove",
        "bob@contoso.example",
        "user-admin",
        "-o",
        "json",
    ])
    .fails(6, "conflict");
    for args in [
        &["users", "remove", "nobody@contoso.example"][..],
        &["users", "update", "nobody@contoso.example", "--disable"],
        &[
            "users",
            "roles",
            "add",
            "nobody@contoso.example",
            "user-admin",
        ],
        &["can", "user.read", "--user", "nobody@contoso.example"],
    ] {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        env.run(&a).fails(5, "not_found");
    }
    // A tenant that does not exist looks like one the caller may not see (no oracle).
    for args in [
        &["users", "list", "--tenant", "nowhere.example"][..],
        &["tenants", "show", "--tenant", "nowhere.example"],
    ] {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        env.run(&a).fails(4, "permission_denied");
    }
    env.run_in(
        &[
            "users",
            "reset-password",
            "nobody@contoso.example",
            "--password-stdin",
            "-o",
            "json",
        ],
        "whatever-pass\n",
    )
    .fails(5, "not_found");
    assert_eq!(env.bytes(), before);
}

#[test]
fn users_of_other_tenants_are_invisible() {
    let env = Env::with_contoso();
    // The operator's admin acts in its own tenant: contoso's admin is not there.
    let before = env.state();
    env.run(&["users", "remove", CONTOSO_ADMIN, "-o", "json"])
        .fails(5, "not_found");
    env.run(&["users", "update", CONTOSO_ADMIN, "--disable", "-o", "json"])
        .fails(5, "not_found");
    assert_eq!(env.state(), before);
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    let before = env.state();
    env.run(&["users", "remove", OP_ADMIN, "-o", "json"])
        .fails(5, "not_found");
    assert_eq!(env.state(), before);
}

#[test]
fn last_global_admin_cannot_be_removed_disabled_or_demoted() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    // A disabled global admin does not count as a remaining one.
    env.add_user(
        "ga2@contoso.example",
        "ga2-password",
        &["--role", "global-admin"],
    );
    env.run(&["users", "update", "ga2@contoso.example", "--disable"])
        .ok();

    let before = env.bytes();
    for args in [
        &["users", "remove", CONTOSO_ADMIN][..],
        &["users", "update", CONTOSO_ADMIN, "--disable"],
        &["users", "roles", "remove", CONTOSO_ADMIN, "global-admin"],
    ] {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        let e = env.run(&a).fails(6, "conflict");
        assert!(
            e["message"].as_str().unwrap().contains("last"),
            "{args:?}: {e}"
        );
    }
    assert_eq!(env.bytes(), before, "a refused change touched the database");
    env.run(&["whoami"]).ok();

    // The operator's only admin is protected the same way.
    env.login(OP_ADMIN, OP_PASS);
    env.run(&["users", "remove", OP_ADMIN, "-o", "json"])
        .fails(6, "conflict");
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);

    // With a second enabled global admin, each change is allowed.
    env.run(&["users", "update", "ga2@contoso.example", "--enable"])
        .ok();
    env.json(&["users", "roles", "remove", CONTOSO_ADMIN, "global-admin"]);
    // ... and now ga2 is the last one, protected from itself too.
    let ga2 = env.token("ga2@contoso.example", "ga2-password");
    let before = env.bytes();
    for args in [
        &["users", "remove", "ga2@contoso.example"][..],
        &["users", "update", "ga2@contoso.example", "--disable"],
        &[
            "users",
            "roles",
            "remove",
            "ga2@contoso.example",
            "global-admin",
        ],
    ] {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        env.run_as(&ga2, &a).fails(6, "conflict");
    }
    assert_eq!(env.bytes(), before);

    env.run_as(
        &ga2,
        &["users", "roles", "add", CONTOSO_ADMIN, "global-admin"],
    )
    .ok();
    env.run_as(&ga2, &["users", "update", CONTOSO_ADMIN, "--disable"])
        .ok();
    env.run_as(&ga2, &["users", "update", CONTOSO_ADMIN, "--enable"])
        .ok();
    env.run_as(&ga2, &["users", "remove", CONTOSO_ADMIN]).ok();
    assert_eq!(env.upns_as(&ga2, CONTOSO), ["ga2@contoso.example"]);
}

#[test]
fn can_reports_decisions_with_reasons() {
    let env = Env::with_contoso();
    let v = env
        .run(&["can", "tenant.provision", "-o", "json"])
        .ok()
        .json();
    for key in ["allowed", "action", "tenant", "user", "reason"] {
        assert!(v.get(key).is_some(), "can JSON lacks {key}: {v}");
    }
    assert_eq!(v["allowed"], true);
    assert_eq!(v["action"], "tenant.provision");
    assert_eq!(v["tenant"], "operator.example");
    assert_eq!(v["user"], OP_ADMIN);
    assert_eq!(v["reason"], "own-tenant-role");

    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    env.add_user(
        "hd@contoso.example",
        "hd-password",
        &["--role", "helpdesk-admin"],
    );
    let r = env
        .run(&["can", "tenant.provision", "-o", "json"])
        .expect(4);
    let v = r.json();
    assert_eq!(v["allowed"], false);
    assert_eq!(v["reason"], "operator-only");
    assert_eq!(v["tenant"], CONTOSO);

    // for another user of the tenant
    let v = env
        .run(&[
            "can",
            "user.reset-password",
            "--user",
            "hd@contoso.example",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(v["user"], "hd@contoso.example");
    let v = env
        .run(&[
            "can",
            "user.delete",
            "--user",
            "hd@contoso.example",
            "-o",
            "json",
        ])
        .expect(4)
        .json();
    assert_eq!(v["allowed"], false);
    assert_eq!(v["reason"], "role-insufficient");

    // in another tenant
    let v = env
        .run(&[
            "can",
            "user.read",
            "--tenant",
            "operator.example",
            "-o",
            "json",
        ])
        .expect(4)
        .json();
    assert_eq!(v["tenant"], "operator.example");
    assert_eq!(v["allowed"], false);

    // an unknown action is a usage error
    env.run(&["can", "user.fly", "-o", "json"])
        .fails(2, "invalid_input");
    // `can` changes no data, allowed or denied
    let state = env.state();
    env.run(&["can", "user.create"]).ok();
    env.run(&["can", "tenant.provision"]).expect(4);
    assert_eq!(env.state(), state);
}

#[test]
fn dry_run_decides_but_writes_nothing() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    env.add_user("bob@contoso.example", "bob-password", &[]);
    let before = env.bytes();
    let v = env
        .run_in(
            &[
                "users",
                "add",
                "new@contoso.example",
                "--password-stdin",
                "--dry-run",
                "-o",
                "json",
            ],
            "new-password\n",
        )
        .ok()
        .json();
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["result"]["upn"], "new@contoso.example");
    assert_eq!(v["planned"][0]["decision"]["action"], "user.create");
    assert_eq!(v["planned"][0]["decision"]["reason"], "own-tenant-role");
    env.json(&["users", "remove", "bob@contoso.example", "--dry-run"]);
    env.json(&[
        "users",
        "update",
        "bob@contoso.example",
        "--disable",
        "--dry-run",
    ]);
    env.json(&[
        "users",
        "roles",
        "add",
        "bob@contoso.example",
        "global-admin",
        "--dry-run",
    ]);
    env.json(&["tenants", "update", "--phone", "+1 555 0100", "--dry-run"]);
    // The outcome is the real one: a refused change still fails under --dry-run.
    env.run(&["users", "remove", CONTOSO_ADMIN, "--dry-run", "-o", "json"])
        .fails(6, "conflict");
    env.run(&[
        "tenants",
        "enroll-partner",
        CONTOSO,
        "--partner-id",
        "1",
        "--dry-run",
        "-o",
        "json",
    ])
    .fails(4, "permission_denied");
    assert_eq!(env.bytes(), before, "--dry-run changed the database");
    assert_eq!(env.upns(CONTOSO), [CONTOSO_ADMIN, "bob@contoso.example"]);
}
