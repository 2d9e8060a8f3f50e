//! Invite tokens given raw or as a link, and service request numbers: never a panic; a token
//! is one non-empty path segment without query or fragment.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerctl::app::invites::token_from_arg;
use partnerctl::model::parse_request_ref;

fuzz_target!(|s: &str| {
    if let Ok(t) = token_from_arg(s) {
        assert!(!t.is_empty());
        assert!(!t.contains(['/', '?', '#']), "{t:?}");
        assert_eq!(t.trim(), t);
    }
    if let Ok(n) = parse_request_ref(s) {
        let _ = partnerctl::model::request_ref(n);
    }
});
