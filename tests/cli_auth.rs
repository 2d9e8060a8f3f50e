//! Sign-in: init → login → whoami, sessions, tokens, expiry, logout, disabled users and
//! password rules, through the real binary.

mod common;

use common::*;

#[test]
fn init_signs_in_the_operator_admin() {
    let env = Env::new();
    let r = env
        .run_in(
            &["init", "--test-clock", "--password-stdin", "-o", "json"],
            "operator-pass-1\n",
        )
        .ok();
    let v = r.json();
    assert_eq!(v["admin"], OP_ADMIN);
    assert_eq!(v["operator"]["domain"], "operator.example");
    assert_eq!(v["signed_in"], true);

    let who = env.json(&["whoami"]);
    assert_eq!(who["upn"], OP_ADMIN);
    assert_eq!(who["tenant"]["domain"], "operator.example");
    assert_eq!(who["roles"], serde_json::json!(["global-admin"]));
    // 12 hours from the fixed clock
    assert_eq!(who["session_expires_at"], "2027-01-01T12:00:00Z");
}

#[test]
fn init_with_operator_email_names_the_operator_domain() {
    let env = Env::new();
    env.run_in(
        &[
            "init",
            "--test-clock",
            "--operator-email",
            "Root@Hoster.Example",
            "--name",
            "Hoster Inc",
            "--password-stdin",
        ],
        "root-password\n",
    )
    .ok();
    let who = env.json(&["whoami"]);
    assert_eq!(who["upn"], "root@hoster.example");
    assert_eq!(who["tenant"]["domain"], "hoster.example");
    assert_eq!(who["tenant"]["name"], "Hoster Inc");
    let tenants = env.json(&["tenants", "list"]);
    assert_eq!(tenants.as_array().unwrap().len(), 1);
    assert_eq!(tenants[0]["kind"], "operator");
}

#[test]
fn init_login_whoami_round_trip() {
    let env = Env::with_contoso();
    env.run(&["logout"]).ok();
    env.run(&["whoami", "-o", "json"])
        .fails(3, "unauthenticated");

    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    let who = env.json(&["whoami"]);
    assert_eq!(who["upn"], CONTOSO_ADMIN);
    assert_eq!(who["tenant"]["domain"], CONTOSO);
    assert_eq!(who["roles"], serde_json::json!(["global-admin"]));

    // The UPN is matched case-insensitively, and a new login replaces the session.
    env.login("ADMIN@OPERATOR.EXAMPLE", OP_PASS);
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);

    // Table output for people names the user too.
    let r = env.run(&["whoami"]).ok();
    assert!(r.stdout.contains(OP_ADMIN), "{}", r.stdout);
}

#[test]
fn session_file_is_owner_only_and_per_database() {
    let env = Env::init();
    let files = env.session_files();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(mode(&files[0]), 0o600);
    assert_eq!(mode(&env.sessions_dir()), 0o700);
    let token = std::fs::read_to_string(&files[0]).unwrap();
    assert!(!token.trim().is_empty());

    // The database stores only a hash of the token.
    let stored: Vec<String> = env
        .query("SELECT token_hash FROM sessions")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], token.trim());
    // Nowhere in the store: the SQLite file and its journal, or every row on PostgreSQL.
    let bytes = env.bytes();
    for part in [bytes.main.as_deref().expect("the database"), &bytes.wal[..]] {
        assert!(
            !part
                .windows(token.trim().len())
                .any(|w| w == token.trim().as_bytes()),
            "the raw token is in the database"
        );
    }

    // A second database in the same HOME has its own sign-in.
    let second = SecondDb::new(&env);
    env.run_in(
        &[
            "init",
            "--test-clock",
            "--db",
            &second.owner,
            "--operator-email",
            "admin@second.example",
            "--password-stdin",
        ],
        "second-pass-1\n",
    )
    .ok();
    second.grant(&env);
    assert_eq!(env.session_files().len(), 2);
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);
    assert_eq!(
        env.json(&["whoami", "--db", &second.app])["upn"],
        "admin@second.example"
    );
}

/// A second store beside the test's own: another file in the same HOME, or (PostgreSQL)
/// another database on the same server, which `init` and `db` reach as the owner and every
/// other command as the least-privileged role.
struct SecondDb {
    /// What `init` and `db …` name with `--db`.
    owner: String,
    /// What every other command names with `--db`.
    app: String,
    /// Dropped with the test.
    pg: Option<common::backend::PgDb>,
}

impl SecondDb {
    fn new(env: &Env) -> SecondDb {
        match common::backend::pg_base() {
            Some(base) => {
                let pg = common::backend::PgDb::create(base);
                SecondDb {
                    owner: pg.owner_url.clone(),
                    app: pg.app_url.clone(),
                    pg: Some(pg),
                }
            }
            None => {
                let file = env.home().join("other.db").display().to_string();
                SecondDb {
                    owner: file.clone(),
                    app: file,
                    pg: None,
                }
            }
        }
    }

    /// On PostgreSQL, after `init`: the app role may use the new schema.
    fn grant(&self, env: &Env) {
        if self.pg.is_some() {
            env.run(&[
                "db",
                "grant",
                common::backend::APP_ROLE,
                "--db",
                &self.owner,
            ])
            .ok();
        }
    }
}

#[test]
fn wrong_password_and_unknown_user_look_the_same() {
    let env = Env::with_contoso();
    let before = env.bytes();
    let files = env.session_files();
    let wrong = env
        .run_in(
            &["login", CONTOSO_ADMIN, "--password-stdin", "-o", "json"],
            "not-the-password\n",
        )
        .fails(3, "unauthenticated");
    let unknown = env
        .run_in(
            &[
                "login",
                "ghost@contoso.example",
                "--password-stdin",
                "-o",
                "json",
            ],
            "not-the-password\n",
        )
        .fails(3, "unauthenticated");
    assert_eq!(wrong["message"], unknown["message"]);
    assert_eq!(wrong["reason"], unknown["reason"]);
    // A failed login writes nothing and keeps the current sign-in.
    assert_eq!(env.bytes(), before);
    assert_eq!(env.session_files(), files);
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);
}

#[test]
fn a_user_without_password_cannot_sign_in() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    env.run(&["users", "add", "nopass@contoso.example"]).ok();
    let users = env.json(&["users", "list"]);
    let u = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["upn"] == "nopass@contoso.example")
        .unwrap()
        .clone();
    assert_eq!(u["can_sign_in"], false);
    env.run_in(
        &[
            "login",
            "nopass@contoso.example",
            "--password-stdin",
            "-o",
            "json",
        ],
        "anything-at-all\n",
    )
    .fails(3, "unauthenticated");
}

#[test]
fn session_expires_after_its_ttl() {
    let mut env = Env::init();
    env.now = "2027-01-01T11:59:59Z".into();
    env.run(&["whoami"]).ok();
    env.now = "2027-01-01T12:00:00Z".into();
    let e = env
        .run(&["whoami", "-o", "json"])
        .fails(3, "unauthenticated");
    assert!(e["message"].as_str().unwrap().contains("expired"), "{e}");
    // An expired session is refused by every command, not only whoami.
    env.run(&["users", "list", "-o", "json"])
        .fails(3, "unauthenticated");

    // A fresh login at the later time works again, with its own ttl.
    env.run_in(
        &["login", OP_ADMIN, "--password-stdin", "--ttl", "30m"],
        &format!("{OP_PASS}\n"),
    )
    .ok();
    env.now = "2027-01-01T12:29:59Z".into();
    env.run(&["whoami"]).ok();
    env.now = "2027-01-01T12:30:00Z".into();
    env.run(&["whoami", "-o", "json"])
        .fails(3, "unauthenticated");
}

#[test]
fn ttl_outside_limits_is_a_usage_error() {
    let env = Env::init();
    for ttl in ["10s", "31d", "soon"] {
        let r = env
            .run_in(
                &["login", OP_ADMIN, "--password-stdin", "--ttl", ttl],
                &format!("{OP_PASS}\n"),
            )
            .expect(2);
        assert!(r.stderr.contains("--ttl"), "{}", r.stderr);
    }
}

#[test]
fn print_token_holds_two_identities_at_once() {
    let env = Env::with_contoso();
    env.run(&["logout"]).ok();
    assert!(env.session_files().is_empty());

    let op = env.token(OP_ADMIN, OP_PASS);
    let contoso = env.token(CONTOSO_ADMIN, CONTOSO_PASS);
    assert_ne!(op, contoso);
    assert!(
        env.session_files().is_empty(),
        "--print-token wrote a session file"
    );

    let who = |t: &str| env.run_as(t, &["whoami", "-o", "json"]).ok().json();
    assert_eq!(who(&op)["upn"], OP_ADMIN);
    assert_eq!(who(&contoso)["upn"], CONTOSO_ADMIN);
    assert_eq!(who(&op)["tenant"]["domain"], "operator.example");
    assert_eq!(who(&contoso)["tenant"]["domain"], CONTOSO);

    // Each identity keeps its own rights: only the operator provisions tenants.
    env.run_as(&contoso, &["can", "tenant.provision"]).expect(4);
    env.run_as(&op, &["can", "tenant.provision"]).ok();

    // PARTNERCTL_TOKEN overrides the session file.
    env.login(OP_ADMIN, OP_PASS);
    assert_eq!(who(&contoso)["upn"], CONTOSO_ADMIN);
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);

    // A token that this database never issued is refused.
    env.run_as(&"ab".repeat(32), &["whoami", "-o", "json"])
        .fails(3, "unauthenticated");
}

#[test]
fn print_token_with_json_output_has_the_token() {
    let env = Env::init();
    let v = env
        .run_in(
            &[
                "login",
                OP_ADMIN,
                "--password-stdin",
                "--print-token",
                "-o",
                "json",
            ],
            &format!("{OP_PASS}\n"),
        )
        .ok()
        .json();
    let token = v["token"].as_str().unwrap();
    assert_eq!(v["upn"], OP_ADMIN);
    assert_eq!(
        env.run_as(token, &["whoami", "-o", "json"]).ok().json()["upn"],
        OP_ADMIN
    );
}

#[test]
fn logout_ends_the_session_in_the_database() {
    let env = Env::init();
    let file = env.session_files().pop().unwrap();
    let token = std::fs::read_to_string(&file).unwrap().trim().to_string();
    env.run_as(&token, &["whoami"]).ok();

    env.run(&["logout"]).ok();
    assert!(!file.exists(), "logout left the session file");
    env.run(&["whoami", "-o", "json"])
        .fails(3, "unauthenticated");
    // The token itself is revoked, not just forgotten locally.
    env.run_as(&token, &["whoami", "-o", "json"])
        .fails(3, "unauthenticated");

    // Logging out again is not an error: the goal is reached.
    env.run(&["logout"]).ok();
}

#[test]
fn logout_with_a_token_ends_only_that_session() {
    let env = Env::init();
    let a = env.token(OP_ADMIN, OP_PASS);
    let b = env.token(OP_ADMIN, OP_PASS);
    env.run_as(&a, &["logout"]).ok();
    env.run_as(&a, &["whoami", "-o", "json"])
        .fails(3, "unauthenticated");
    env.run_as(&b, &["whoami"]).ok();
    // The session file of this database was not touched by a token logout.
    assert_eq!(env.session_files().len(), 1);
    env.run(&["whoami"]).ok();
}

#[test]
fn disabled_user_is_refused_on_the_next_command() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    env.add_user(
        "bob@contoso.example",
        "bob-password",
        &["--role", "global-reader"],
    );
    let bob = env.token("bob@contoso.example", "bob-password");
    env.run_as(&bob, &["users", "list"]).ok();

    env.run(&["users", "update", "bob@contoso.example", "--disable"])
        .ok();
    let e = env
        .run_as(&bob, &["users", "list", "-o", "json"])
        .fails(3, "unauthenticated");
    assert_eq!(e["reason"], "user-disabled", "{e}");
    let e = env
        .run_in(
            &[
                "login",
                "bob@contoso.example",
                "--password-stdin",
                "-o",
                "json",
            ],
            "bob-password\n",
        )
        .fails(3, "unauthenticated");
    assert_eq!(e["reason"], "user-disabled", "{e}");

    env.run(&["users", "update", "bob@contoso.example", "--enable"])
        .ok();
    let bob = env.token("bob@contoso.example", "bob-password");
    env.run_as(&bob, &["whoami"]).ok();
}

#[test]
fn reset_password_ends_the_users_sessions() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    env.add_user("carol@contoso.example", "carol-old-pass", &[]);
    let old = env.token("carol@contoso.example", "carol-old-pass");
    env.run_as(&old, &["whoami"]).ok();

    env.run_in(
        &[
            "users",
            "reset-password",
            "carol@contoso.example",
            "--password-stdin",
        ],
        "carol-new-pass\n",
    )
    .ok();
    env.run_as(&old, &["whoami", "-o", "json"])
        .fails(3, "unauthenticated");
    env.run_in(
        &["login", "carol@contoso.example", "--password-stdin"],
        "carol-old-pass\n",
    )
    .expect(3);
    let new = env.token("carol@contoso.example", "carol-new-pass");
    env.run_as(&new, &["whoami"]).ok();
    // The admin's own session was not touched.
    env.run(&["whoami"]).ok();
}

/// Whether `init` left anything behind: the SQLite file, or (PostgreSQL, where each test's
/// database exists from the start) any table in it.
fn store_exists(env: &Env) -> bool {
    if common::backend::on_postgres() {
        env.scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
        ) != "0"
    } else {
        env.db.exists()
    }
}

#[test]
fn password_length_is_8_to_256_characters() {
    // init refuses a short password before it creates anything
    let env = Env::new();
    let e = env
        .run_in(
            &["init", "--test-clock", "--password-stdin", "-o", "json"],
            "seven77\n",
        )
        .fails(2, "invalid_input");
    assert!(e["message"].as_str().unwrap().contains("8 to 256"), "{e}");
    assert!(!store_exists(&env), "a refused init created the database");
    if !common::backend::on_postgres() {
        // Not even the directory of the file.
        assert!(!env.db.parent().unwrap().exists());
    }
    env.run_in(
        &["init", "--test-clock", "--password-stdin"],
        &format!("{}\n", "x".repeat(257)),
    )
    .expect(2);
    assert!(!store_exists(&env));
    // no password line at all
    env.run_in(&["init", "--test-clock", "--password-stdin"], "")
        .expect(2);
    assert!(!store_exists(&env));

    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    let before = env.bytes();
    env.run_in(
        &[
            "users",
            "add",
            "short@contoso.example",
            "--password-stdin",
            "-o",
            "json",
        ],
        "1234567\n",
    )
    .fails(2, "invalid_input");
    env.run_in(
        &["users", "add", "long@contoso.example", "--password-stdin"],
        &format!("{}\n", "y".repeat(257)),
    )
    .expect(2);
    env.run_in(
        &["users", "reset-password", CONTOSO_ADMIN, "--password-stdin"],
        "1234567\n",
    )
    .expect(2);
    assert_eq!(
        env.bytes(),
        before,
        "a refused password changed the database"
    );
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);

    // The limits themselves are accepted, counted in characters, not bytes.
    env.add_user("eight@contoso.example", "12345678", &[]);
    let max = "é".repeat(256);
    env.add_user("max@contoso.example", &max, &[]);
    env.token("eight@contoso.example", "12345678");
    env.token("max@contoso.example", &max);
}

#[test]
fn password_stdin_reads_one_line() {
    let env = Env::new();
    // Only the first line is the password; a trailing CR/LF is not part of it.
    env.run_in(
        &["init", "--test-clock", "--password-stdin"],
        "first-line-pw\r\nsecond line\n",
    )
    .ok();
    env.token(OP_ADMIN, "first-line-pw");
    env.run_in(&["login", OP_ADMIN, "--password-stdin"], "second line\n")
        .expect(3);
}

#[test]
fn without_password_stdin_and_no_terminal_login_is_a_usage_error() {
    let env = Env::init();
    let e = env
        .run(&["login", OP_ADMIN, "-o", "json"])
        .fails(2, "invalid_input");
    assert!(
        e["message"].as_str().unwrap().contains("--password-stdin"),
        "{e}"
    );
}
