//! UPNs and contact e-mail addresses: never a panic; what is accepted is plain ASCII, holds
//! one `@`, and is its own normal form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerctl::model::{domain_of_upn, is_unsafe_char, validate_email, validate_upn};

fuzz_target!(|s: &str| {
    match validate_upn(s) {
        Ok(u) => {
            assert!(u.is_ascii() && !u.chars().any(is_unsafe_char), "{u:?}");
            assert_eq!(u.matches('@').count(), 1, "{u:?}");
            assert_eq!(validate_upn(&u).as_deref(), Ok(u.as_str()));
            assert!(!domain_of_upn(&u).is_empty());
        }
        Err(e) => assert!(!e.chars().any(is_unsafe_char), "message echoes {e:?}"),
    }
    if let Err(e) = validate_email(s) {
        assert!(!e.chars().any(is_unsafe_char), "message echoes {e:?}");
    }
});
