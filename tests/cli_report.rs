//! `report --out FILE.html` through the real binary: the file is parsed (it is well-formed
//! XHTML-compatible HTML) and checked against the views it is made of; it holds no script and
//! fetches nothing; hostile text stays text; a denial, a bad path or `--dry-run` leave no file.

mod common;

use std::fs;
use std::path::Path;

use common::demo::{CONTOSO_ADMIN, FAB, FAB_ADMIN, FAB_HELPDESK, NORTHWIND, OPERATOR, PASS};
use common::*;
use serde_json::Value;

fn read(path: &Path) -> String {
    fs::read_to_string(path).expect("the report file")
}

/// Parses the report and checks what every report must hold: no script, no fetch of any
/// kind, a Content-Security-Policy that forbids both, and the four sections.
fn check_self_contained(html: &str) -> roxmltree::Document<'_> {
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..40]);
    let doc = roxmltree::Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the report is well-formed");
    for n in doc.descendants().filter(|n| n.is_element()) {
        let tag = n.tag_name().name();
        assert!(
            !["script", "iframe", "object", "embed", "link", "img", "base", "form"].contains(&tag),
            "a <{tag}> element"
        );
        for a in n.attributes() {
            let name = a.name().to_ascii_lowercase();
            assert!(!name.starts_with("on"), "an event handler {name}");
            assert!(
                !["src", "href", "action", "srcset"].contains(&name.as_str()),
                "an attribute that fetches: {name}"
            );
            assert!(
                !a.value().contains("url(") && !a.value().contains("javascript:"),
                "{}",
                a.value()
            );
        }
    }
    let csp = doc
        .descendants()
        .find(|n| n.attribute("http-equiv") == Some("Content-Security-Policy"))
        .and_then(|n| n.attribute("content"))
        .expect("a CSP");
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    let style: String = doc
        .descendants()
        .filter(|n| n.has_tag_name("style"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        !style.contains("@import") && !style.contains("url("),
        "{style}"
    );
    for id in ["relationships", "access", "elevations", "audit", "chain"] {
        assert!(by_id(&doc, id).is_some(), "no #{id}");
    }
    doc
}

fn by_id<'a>(doc: &'a roxmltree::Document<'a>, id: &str) -> Option<roxmltree::Node<'a, 'a>> {
    doc.descendants().find(|n| n.attribute("id") == Some(id))
}

/// The body rows of the table with this id, each as its cells' text.
fn rows(doc: &roxmltree::Document<'_>, id: &str) -> Vec<Vec<String>> {
    let table = by_id(doc, id).unwrap_or_else(|| panic!("no table #{id}"));
    table
        .descendants()
        .filter(|n| n.has_tag_name("tbody"))
        .flat_map(|b| b.children().filter(|n| n.has_tag_name("tr")))
        .map(|tr| {
            tr.children()
                .filter(|n| n.has_tag_name("td"))
                .map(|td| {
                    td.descendants()
                        .filter(|n| n.is_text())
                        .filter_map(|n| n.text())
                        .collect::<String>()
                })
                .collect()
        })
        .filter(|r: &Vec<String>| r != &vec!["none".to_string()])
        .collect()
}

fn report(env: &Env, token: &str, file: &str, extra: &[&str]) -> (Value, String) {
    let mut args = vec!["report", "--out", file];
    args.extend(extra);
    let v = env.json_as(token, &args);
    let html = read(&env.home().join(file));
    (v, html)
}

#[test]
fn partner_report_matches_the_views_it_is_made_of() {
    let env = Env::with_demo();
    let admin = env.token(FAB_ADMIN, PASS);
    let rels = env.json_as(&admin, &["relationships", "list", "--all"]);
    let access = env.json_as(&admin, &["access"]);
    let (v, html) = report(&env, &admin, "review.html", &[]);
    assert_eq!(v["tenant"], FAB);
    assert_eq!(v["file"], "review.html");
    assert_eq!(v["dry_run"], false);
    assert_eq!(v["bytes"].as_u64(), Some(html.len() as u64));
    let doc = check_self_contained(&html);

    // Relationships: one row and one timeline bar per relationship, by id.
    let rel_ids: Vec<&str> = rels
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(rel_ids.len() >= 2);
    assert_eq!(v["relationships"].as_u64(), Some(rel_ids.len() as u64));
    let table = rows(&doc, "relationship-table");
    let table_ids: Vec<&str> = table.iter().map(|r| r.last().unwrap().as_str()).collect();
    assert_eq!(table_ids, rel_ids);
    let svg = by_id(&doc, "timeline").expect("the timeline");
    assert_eq!(
        svg.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let bars: Vec<&str> = svg
        .descendants()
        .filter(|n| n.attribute("class") == Some("bar"))
        .map(|n| n.attribute("data-id").unwrap())
        .collect();
    assert_eq!(bars, rel_ids);
    assert!(svg
        .descendants()
        .any(|n| n.attribute("id") == Some("today")));

    // Who can do what: per customer, the agents `access` names.
    let customers = access["customers"].as_array().unwrap();
    assert_eq!(v["customers"].as_u64(), Some(customers.len() as u64));
    let tables: Vec<_> = doc
        .descendants()
        .filter(|n| n.attribute("id") == Some("customer-access"))
        .collect();
    assert_eq!(tables.len(), customers.len());
    let text = doc
        .root_element()
        .descendants()
        .filter_map(|n| n.text())
        .collect::<String>();
    for c in customers {
        for a in c["agents"].as_array().unwrap() {
            assert!(text.contains(a["upn"].as_str().unwrap()));
        }
    }

    // The chain head it names is the one `audit verify` finds (reports record nothing here).
    let verify = env.json_as(&admin, &["audit", "verify"]);
    assert_eq!(v["chain_ok"], true);
    assert_eq!(v["chain_head"]["hash"], verify["head"]["hash"]);
    let chain = by_id(&doc, "chain").unwrap();
    let chain_text: String = chain.descendants().filter_map(|n| n.text()).collect();
    assert!(chain_text.contains(verify["head"]["hash"].as_str().unwrap()));
    assert!(chain_text.contains("intact"));

    // The audit summary counts what `audit list --since 30d` lists.
    let audit = env.json_as(&admin, &["audit", "list", "--since", "30d"]);
    let n = audit.as_array().unwrap().len();
    assert_eq!(v["audit_entries"].as_u64(), Some(n as u64));
    let by_action: usize = rows(&doc, "audit-actions")
        .iter()
        .map(|r| r[1].parse::<usize>().unwrap() + r[2].parse::<usize>().unwrap())
        .sum();
    assert_eq!(by_action, n);
    let recent = rows(&doc, "audit-recent");
    assert_eq!(recent.len(), n.min(25));
    let newest = audit.as_array().unwrap().last().unwrap()["seq"].to_string();
    assert_eq!(recent[0][0], newest, "newest first");

    // Readable by its owner alone.
    assert_eq!(mode(&env.home().join("review.html")) & 0o777, 0o600);
}

#[test]
fn customer_report_lists_the_partner_users_who_can_act_in_it() {
    let env = Env::with_demo();
    let it = env.token(CONTOSO_ADMIN, PASS);
    let access = env.json_as(&it, &["access"]);
    let (v, html) = report(&env, &it, "contoso.html", &[]);
    assert_eq!(v["tenant"], "contoso.example");
    assert_eq!(v["customers"], Value::Null);
    let doc = check_self_contained(&html);
    let agents = rows(&doc, "access-table");
    let upns: Vec<&str> = agents.iter().map(|r| r[0].as_str()).collect();
    let want: Vec<&str> = access["partner_access"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["upn"].as_str().unwrap())
        .collect();
    assert!(!want.is_empty());
    assert_eq!(upns, want);
    assert!(by_id(&doc, "customer-access").is_none());
}

#[test]
fn elevations_appear_with_their_window_and_reason() {
    let env = Env::with_demo();
    let admin = env.token(FAB_ADMIN, PASS);
    env.run_as(
        &admin,
        &[
            "eligibility",
            "add",
            FAB_HELPDESK,
            "--customer",
            NORTHWIND,
            "--role",
            "helpdesk-admin",
            "--max-duration",
            "4h",
        ],
    )
    .ok();
    // Elevating needs a session signed in with MFA.
    let helpdesk = env.token(FAB_HELPDESK, PASS);
    let token = env.mfa_token(&helpdesk, FAB_HELPDESK, PASS);
    env.run_as(
        &token,
        &[
            "elevate",
            "--customer",
            NORTHWIND,
            "--role",
            "helpdesk-admin",
            "--for",
            "2h",
            "--reason",
            "ticket <b>4711</b> reset",
            "--ticket",
            "INC-4711",
        ],
    )
    .ok();
    let (v, html) = report(&env, &admin, "jit.html", &[]);
    assert_eq!(v["elevations"], 1);
    let doc = check_self_contained(&html);
    let el = rows(&doc, "elevation-table");
    assert_eq!(el.len(), 1);
    assert_eq!(el[0][0], FAB_HELPDESK);
    assert_eq!(el[0][1], NORTHWIND);
    assert_eq!(el[0][3], "active");
    assert!(el[0][6].contains("(in 2 hours)"), "{:?}", el[0]);
    assert_eq!(el[0][7], "ticket <b>4711</b> reset (ticket INC-4711)");
}

#[test]
fn hostile_text_stays_text() {
    let env = Env::with_demo();
    let admin = env.token(FAB_ADMIN, PASS);
    // Typed markup is accepted as a name; a bidi override is refused at input, so it is put
    // in the store directly (SPEC §7: whoever holds the store may write anything).
    let evil = "Fab</title><script>alert(1)</script>";
    env.run_as(&admin, &["tenants", "update", "--name", evil])
        .ok();
    env.sql(&format!(
        "UPDATE relationships SET name = 'rel \u{202e}lmth.exe' WHERE customer_tenant_id = \
         (SELECT id FROM tenants WHERE domain = '{NORTHWIND}')"
    ));
    let (_, html) = report(&env, &admin, "evil.html", &[]);
    assert!(!html.contains("<script>"));
    assert!(
        !html.contains('\u{202e}'),
        "a bidi override reached the file raw"
    );
    let doc = check_self_contained(&html);
    let h1: String = doc
        .descendants()
        .find(|n| n.has_tag_name("h1"))
        .unwrap()
        .descendants()
        .filter_map(|n| n.text())
        .collect();
    assert!(h1.contains("Fab</title><script>alert(1)</script>"), "{h1}");
    let rel_names: Vec<String> = rows(&doc, "relationship-table")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert!(
        rel_names.contains(&"rel \\u{202e}lmth.exe".to_string()),
        "{rel_names:?}"
    );
}

#[test]
fn refusals_leave_no_file() {
    let env = Env::with_demo();
    let dir = env.home().to_path_buf();
    let before: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    // An agent without the right to review access is denied, and nothing is written.
    let helpdesk = env.token(FAB_HELPDESK, PASS);
    env.run_as(&helpdesk, &["report", "--out", "r.html", "-o", "json"])
        .fails(4, "permission_denied");
    // A directory, or a file in a directory that does not exist, is refused before any read.
    let admin = env.token(FAB_ADMIN, PASS);
    fs::create_dir(dir.join("adir")).unwrap();
    for out in ["adir", "nowhere/r.html"] {
        env.run_as(&admin, &["report", "--out", out, "-o", "json"])
            .fails(2, "invalid_input");
    }
    // --dry-run reads and renders, and writes nothing.
    let v = env.json_as(&admin, &["report", "--out", "r.html", "--dry-run"]);
    assert_eq!(v["dry_run"], true);
    assert!(v["bytes"].as_u64().unwrap() > 1000);
    let mut after: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    after.retain(|p| !p.ends_with("adir"));
    assert_eq!(before, after, "no report and no temporary file");
}

#[test]
fn tenant_flag_is_never_ignored() {
    let env = Env::with_demo();
    let admin = env.token(FAB_ADMIN, PASS);
    // A customer the partner may read: the report is about that customer.
    let run = env.run_as(
        &admin,
        &[
            "--tenant",
            "contoso.example",
            "report",
            "--out",
            "c.html",
            "-o",
            "json",
        ],
    );
    match run.code {
        0 => {
            assert_eq!(run.json()["tenant"], "contoso.example");
            assert!(read(&env.home().join("c.html")).contains("contoso.example"));
        }
        4 => assert!(!env.home().join("c.html").exists()),
        other => panic!("exit {other}: {}", run.stderr),
    }
    // A tenant it has no relationship with: refused, never a report of its own tenant.
    let run = env.run_as(&admin, &["--tenant", OPERATOR, "report", "--out", "o.html"]);
    assert_ne!(run.code, 0);
    assert!(!env.home().join("o.html").exists());
}

#[test]
fn an_existing_report_is_replaced_whole() {
    let env = Env::with_demo();
    let admin = env.token(FAB_ADMIN, PASS);
    let path = env.home().join("r.html");
    fs::write(&path, "old").unwrap();
    let (_, html) = report(&env, &admin, "r.html", &[]);
    assert!(html.ends_with("</html>\n"));
    check_self_contained(&html);
}
