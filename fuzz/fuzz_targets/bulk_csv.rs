//! The rows of both bulk files (`invite --from-csv`, `grants add --from-csv`). The row parser
//! in `app::bulk` is private and needs a database, so this reads the file the same way (csv
//! with a header row, flexible records) and checks each row through the same public pieces:
//! `partners::invite_spec` for invites; `validate_upn`, `AgentRole` and `validate_domain` for
//! grants. Never a panic, and no message (they reach the `error:` line) echoes a control,
//! bidirectional or invisible character.
#![no_main]

use std::collections::HashMap;

use libfuzzer_sys::fuzz_target;
use partnerctl::app::invites::from_csv::CSV_NAMES;
use partnerctl::app::invites::{invite_spec, RawInvite};
use partnerctl::model::{is_unsafe_char, validate_domain, validate_upn, AgentRole, DirectoryRole};


#[track_caller]
fn clean_message(e: &str) {
    assert!(!e.chars().any(is_unsafe_char), "message echoes {e:?}");
}

fn rows(data: &[u8]) -> Vec<HashMap<String, String>> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(data);
    let Ok(headers) = rdr.headers() else {
        return Vec::new();
    };
    let headers: Vec<String> = headers
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    rdr.records()
        .map_while(Result::ok)
        .filter(|r| r.len() == headers.len())
        .map(|r| {
            headers
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

fn get<'a>(row: &'a HashMap<String, String>, col: &str) -> Option<&'a str> {
    row.get(col).map(|s| s.trim()).filter(|s| !s.is_empty())
}

fuzz_target!(|data: &[u8]| {
    for row in rows(data) {
        // invites
        let access: Result<Vec<DirectoryRole>, String> = get(&row, "access")
            .unwrap_or("")
            .split([';', ' ', '|', ','])
            .filter(|r| !r.is_empty())
            .map(|r| r.parse::<DirectoryRole>())
            .collect();
        match access {
            Err(e) => clean_message(&e),
            Ok(access) => {
                let auto_extend = matches!(get(&row, "auto_extend"), Some("true" | "yes" | "1"));
                let spec = invite_spec(
                    &RawInvite {
                        access: &access,
                        duration: get(&row, "duration"),
                        auto_extend,
                        expires_in: get(&row, "expires_in"),
                        customer_domain: get(&row, "customer_domain"),
                        message: get(&row, "message"),
                        email_to: get(&row, "email"),
                    },
                    CSV_NAMES,
                );
                match spec {
                    Err(e) => clean_message(&e),
                    Ok(spec) => {
                        if let Some(d) = &spec.customer_domain {
                            assert!(d.is_ascii(), "{d:?}");
                        }
                        if let Some(m) = &spec.message {
                            assert!(!m.chars().any(|c| c != '\n' && c.is_control()), "{m:?}");
                        }
                    }
                }
            }
        }
        // grants
        if let Err(e) = validate_upn(get(&row, "upn").unwrap_or("")) {
            clean_message(&e);
        }
        if let Err(e) = get(&row, "role").unwrap_or("").parse::<AgentRole>() {
            clean_message(&e);
        }
        if let Some(Err(e)) = get(&row, "customer").map(validate_domain) {
            clean_message(&e);
        }
    }
});
