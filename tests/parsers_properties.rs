//! Bounded property tests of the parsers and of the escaping (the fuzz/ targets check the same
//! properties at length, on nightly). A few hundred cases each, so the suite stays fast.

use std::time::Duration;

use partnerctl::app::email::{render, Envelope, Invitation};
use partnerctl::app::invites::token_from_arg;
use partnerctl::clock::{fmt_time, parse_time};
use partnerctl::model::{
    is_unsafe_char, parse_days, parse_span, parse_ttl, validate_domain, validate_email,
    validate_identifier, validate_name, validate_text, validate_upn,
};
use partnerctl::output::escape::{csv_cell, json_safe, sanitize, sanitize_lines, tsv_field};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    }
}

/// Text rich in what hostile input is made of: controls, bidi and zero-width characters,
/// formula starts, separators, quotes and ordinary letters of several scripts.
fn hostile() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("\x1b".to_string()),
        Just("\x07".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("\t".to_string()),
        Just("\x7f".to_string()),
        Just("\u{9b}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{2066}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{200d}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{e0041}".to_string()),
        Just("=".to_string()),
        Just("+".to_string()),
        Just("-".to_string()),
        Just("@".to_string()),
        Just(",".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("'".to_string()),
        Just(".".to_string()),
        "[a-zA-Z0-9 ]{1,6}",
        "[äöü日本مرحبا]{1,3}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

fn inert(s: &str) -> bool {
    !s.chars().any(is_unsafe_char)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn escaped_text_is_inert_and_stable(s in hostile()) {
        let one = sanitize(&s);
        prop_assert!(inert(&one), "{one:?}");
        prop_assert_eq!(sanitize(&one), one.clone());
        let lines = sanitize_lines(&s);
        prop_assert!(!lines.chars().any(|c| c != '\n' && is_unsafe_char(c)));
        let field = tsv_field(&s);
        prop_assert!(inert(&field) && !field.contains('\t'));
    }

    #[test]
    fn csv_cells_never_start_a_formula(s in hostile()) {
        let cell = csv_cell(&s);
        prop_assert!(inert(&cell));
        let plain_number = cell == "-"
            || cell.strip_prefix('-').is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
        prop_assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || plain_number,
            "{cell:?}"
        );
    }

    #[test]
    fn json_keeps_the_exact_value_in_inert_bytes(s in hostile()) {
        let doc = json_safe(serde_json::to_string_pretty(&serde_json::json!({ "v": s })).unwrap());
        prop_assert!(!doc.chars().any(|c| c != '\n' && is_unsafe_char(c)));
        let back: serde_json::Value = serde_json::from_str(&doc).unwrap();
        prop_assert_eq!(back["v"].as_str(), Some(s.as_str()));
    }

    #[test]
    fn names_and_identifiers_accept_only_inert_text(s in hostile()) {
        match validate_name("tenant name", &s) {
            Ok(n) => prop_assert!(inert(&n)),
            Err(e) => prop_assert!(inert(&e), "message echoes {e:?}"),
        }
        match validate_identifier("request", &s) {
            Ok(i) => prop_assert!(inert(&i)),
            Err(e) => prop_assert!(inert(&e), "message echoes {e:?}"),
        }
        if let Err(e) = validate_text("--message", &s) {
            prop_assert!(inert(&e));
        }
    }

    #[test]
    fn upns_and_domains_are_ascii_normal_forms(local in "[a-zA-Z0-9.'+_\\-]{0,8}", domain in "[a-zA-Z0-9.\\-\u{200b}\u{202e}]{0,12}", noise in hostile()) {
        let upn = format!("{local}@{domain}");
        for input in [upn.as_str(), noise.as_str(), domain.as_str()] {
            match validate_upn(input) {
                Ok(u) => {
                    prop_assert!(u.is_ascii());
                    prop_assert_eq!(validate_upn(&u), Ok(u.clone()));
                }
                Err(e) => prop_assert!(inert(&e)),
            }
            match validate_domain(input) {
                Ok(d) => {
                    prop_assert!(d.is_ascii() && d.len() <= 253);
                    prop_assert_eq!(validate_domain(&d), Ok(d.clone()));
                }
                Err(e) => prop_assert!(inert(&e)),
            }
        }
    }

    #[test]
    fn durations_stay_in_bounds(n in 0u64..2000, unit in prop::sample::select(vec!["s", "m", "h", "d", "w", "", "x"]), noise in hostile()) {
        for s in [format!("{n}{unit}"), noise.clone()] {
            if let Ok(d) = parse_ttl(&s) {
                prop_assert!(d >= Duration::from_secs(60) && d <= Duration::from_secs(30 * 86_400));
            }
            if let Ok(days) = parse_days("--duration", &s, 1, 730) {
                prop_assert!((1..=730).contains(&days));
            }
            let (min, max) = (Duration::from_secs(3600), Duration::from_secs(90 * 86_400));
            if let Ok(d) = parse_span("--expires-in", &s, min, max) {
                prop_assert!(d >= min && d <= max);
            }
        }
    }

    #[test]
    fn times_read_back_as_written(secs in -2_000_000_000i64..4_000_000_000, noise in hostile()) {
        let t = chrono::DateTime::from_timestamp(secs, 0).unwrap();
        prop_assert_eq!(parse_time(&fmt_time(t)).unwrap(), t);
        let _ = parse_time(&noise);
    }

    #[test]
    fn tokens_are_one_path_segment(prefix in "(https://[a-z.]{1,10}/accept/)?", token in "[0-9a-f]{1,64}", tail in "(/|\\?x=1|#f)?", noise in hostile()) {
        let arg = format!("{prefix}{token}{tail}");
        prop_assert_eq!(token_from_arg(&arg).unwrap(), token);
        if let Ok(t) = token_from_arg(&noise) {
            prop_assert!(!t.is_empty() && !t.contains(['/', '?', '#']));
        }
    }

    #[test]
    fn invitation_headers_cannot_be_injected(name in hostile(), message in hostile()) {
        let Ok(from_name) = validate_name("tenant name", &name) else { return Ok(()) };
        let message = validate_text("--message", &message).ok();
        let m = render(&Invitation {
            envelope: Envelope {
                from_name: &from_name,
                from_addr: &validate_email("admin@fabrikam.example").unwrap(),
                to_addr: "it@contoso.example",
                partner_domain: "fabrikam.example",
                date: "2027-01-01T00:00:00Z".parse().unwrap(),
            },
            invite_id: "abc",
            access: "global-admin",
            duration: "no expiry",
            expires_at: "2027-03-01T00:00:00Z",
            message: message.as_deref(),
            accept_command: "partnerctl accept 00ff",
            link: "https://operator.example/accept/00ff",
        });
        prop_assert!(!m.replace("\r\n", "").contains(['\r', '\n']));
        let (head, _) = m.split_once("\r\n\r\n").unwrap();
        // Long encoded names are folded (RFC 5322 §2.2.3): a line starting with white space
        // continues the header above it; no line comes near the 998-octet limit.
        prop_assert!(m.split("\r\n").all(|l| l.len() <= 998));
        let starts = head.split("\r\n").filter(|l| !l.starts_with(' ')).count();
        prop_assert_eq!(starts, 8, "{}", head);
    }
}
