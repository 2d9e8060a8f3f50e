//! Display names, identifiers and the other free values: never a panic; an accepted name or
//! identifier holds no control, bidirectional or invisible character; no error message
//! echoes one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerctl::model::{
    is_unsafe_char, validate_address, validate_identifier, validate_name, validate_partner_id,
    validate_phone, validate_text,
};

fn clean(s: &str) -> bool {
    !s.chars().any(is_unsafe_char)
}

fuzz_target!(|s: &str| {
    match validate_name("tenant name", s) {
        Ok(n) => {
            assert!(clean(&n) && !n.is_empty() && n.chars().count() <= 256, "{n:?}");
            assert_eq!(validate_name("tenant name", &n).as_deref(), Ok(n.as_str()));
        }
        Err(e) => assert!(clean(&e), "message echoes {e:?}"),
    }
    match validate_identifier("request", s) {
        Ok(i) => assert!(clean(&i) && i == s && s.chars().count() <= 200),
        Err(e) => assert!(clean(&e), "message echoes {e:?}"),
    }
    for r in [
        validate_text("--message", s),
        validate_address(s),
        validate_phone(s),
        validate_partner_id(s),
    ] {
        match r {
            Ok(v) => assert!(!v.chars().any(|c| c != '\n' && c.is_control()), "{v:?}"),
            Err(e) => assert!(clean(&e), "message echoes {e:?}"),
        }
    }
});
