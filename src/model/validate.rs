//! Validation of the values people type. Each function returns the normalised value or a
//! message that names the value and says what is expected.

use super::text::{first_unsafe, has_control, is_bidi_override, push_escaped, shown};

/// A value someone typed that cannot be used, with a message that names the value (escaped:
/// it never carries the raw characters that made it invalid) and says what is expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

impl From<String> for Invalid {
    fn from(message: String) -> Self {
        Invalid(message)
    }
}

impl From<&str> for Invalid {
    fn from(message: &str) -> Self {
        Invalid(message.to_string())
    }
}

/// The message, for reading and comparing.
impl std::ops::Deref for Invalid {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<Invalid> for String {
    fn from(i: Invalid) -> Self {
        i.0
    }
}

/// An identifier a command will look up and record (a request number, an invite or
/// relationship id, a tenant or user named on the command line): at most 200 characters and
/// no unsafe character (see [`is_unsafe_char`]), so that what reaches the audit trail and a
/// terminal is what a person sees. Returned unchanged.
pub fn validate_identifier(kind: &str, s: &str) -> Result<String, Invalid> {
    check_text(kind, s, 200, "")?;
    Ok(s.to_string())
}

/// `s`, called `what` in messages, is 1 to `max` characters with no unsafe one; `hint` ends
/// the message about an unsafe one.
fn check_text(what: &str, s: &str, max: usize, hint: &str) -> Result<(), Invalid> {
    let n = s.chars().count();
    if n == 0 {
        return Err(Invalid::from(format!("{what} must not be empty")));
    }
    if n > max {
        return Err(Invalid::from(format!(
            "{what} is {n} characters long; at most {max} are allowed"
        )));
    }
    if let Some(c) = first_unsafe(s) {
        return Err(Invalid::from(format!(
            "{what} {} contains a control, bidirectional or invisible character ({c}){hint}",
            shown(s)
        )));
    }
    Ok(())
}

/// A display name: 1 to 256 characters, trimmed, without control, bidirectional or invisible
/// characters (see [`is_unsafe_char`]): a name must read as what it is.
pub fn validate_name(what: &str, s: &str) -> Result<String, Invalid> {
    let t = s.trim();
    check_text(what, t, 256, "; type the name without it")?;
    Ok(t.to_string())
}

/// A relationship's name: 1 to 50 characters, none of them unsafe on a terminal.
pub fn validate_relationship_name(s: &str) -> Result<String, Invalid> {
    let t = validate_name("--name", s)?;
    let n = t.chars().count();
    if n > 50 {
        return Err(Invalid::from(format!(
            "--name is {n} characters long; a relationship's name has at most 50"
        )));
    }
    Ok(t)
}

/// A DNS domain name: lower-cased, at least two labels, labels of 1–63 letters, digits and
/// inner hyphens, a top-level label that is not all digits, 253 characters at most.
pub fn validate_domain(s: &str) -> Result<String, Invalid> {
    let d = s.trim().trim_end_matches('.').to_ascii_lowercase();
    let bad = |why: &str| Err(Invalid::from(format!("invalid domain {}: {why}", shown(s))));
    if d.is_empty() {
        return bad("it is empty");
    }
    if d.len() > 253 {
        return bad("longer than 253 characters");
    }
    let labels: Vec<&str> = d.split('.').collect();
    if labels.len() < 2 {
        return bad("it needs at least two labels, e.g. contoso.example");
    }
    for l in &labels {
        if l.is_empty() || l.len() > 63 {
            return bad("each label must be 1 to 63 characters");
        }
        if !l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return bad("only letters, digits, hyphens and dots are allowed");
        }
        if l.starts_with('-') || l.ends_with('-') {
            return bad("a label may not start or end with a hyphen");
        }
    }
    if labels
        .last()
        .is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit()))
    {
        return bad("the top-level label may not be all digits");
    }
    Ok(d)
}

/// A user principal name `local@domain`: the local part is 1–64 characters of letters,
/// digits and `. _ - + '`, not starting or ending with a dot; the domain as [`validate_domain`].
pub fn validate_upn(s: &str) -> Result<String, Invalid> {
    let t = s.trim();
    let Some((local, domain)) = t.rsplit_once('@') else {
        return Err(Invalid::from(format!(
            "invalid UPN {}: expected name@domain",
            shown(s)
        )));
    };
    if local.is_empty() || local.len() > 64 {
        return Err(Invalid::from(format!(
            "invalid UPN {}: the name before @ must be 1 to 64 characters",
            shown(s)
        )));
    }
    if !local
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b".-_+'".contains(&b))
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
    {
        return Err(Invalid::from(format!(
            "invalid UPN {}: the name before @ may hold letters, digits and . _ - + ' (no leading, trailing or double dot)",
            shown(s)
        )));
    }
    let domain = validate_domain(domain).map_err(|e| format!("invalid UPN {}: {e}", shown(s)))?;
    Ok(format!("{}@{domain}", local.to_ascii_lowercase()))
}

pub fn domain_of_upn(upn: &str) -> &str {
    upn.rsplit_once('@').map(|(_, d)| d).unwrap_or("")
}

/// A contact e-mail address: the same shape as a UPN.
pub fn validate_email(s: &str) -> Result<String, Invalid> {
    validate_upn(s).map_err(|_| {
        Invalid::from(format!(
            "invalid e-mail address {}: expected name@domain, e.g. it@contoso.example",
            shown(s)
        ))
    })
}

/// A phone number: an optional leading `+`, then 4 to 20 digits, with spaces, dots, hyphens
/// and parentheses allowed between them.
pub fn validate_phone(s: &str) -> Result<String, Invalid> {
    let t = s.trim();
    let body = t.strip_prefix('+').unwrap_or(t);
    let digits = body.bytes().filter(u8::is_ascii_digit).count();
    let ok_chars = body
        .bytes()
        .all(|b| b.is_ascii_digit() || b" .-()".contains(&b));
    if !ok_chars || !(4..=20).contains(&digits) || t.len() > 32 {
        return Err(Invalid::from(format!(
            "invalid phone number {}: expected digits with optional +, spaces, dots, hyphens or parentheses, e.g. +1 425 555 0100",
            shown(s)
        )));
    }
    Ok(t.to_string())
}

/// A postal address: 1 to 512 characters; line breaks are allowed, other control characters not.
pub fn validate_address(s: &str) -> Result<String, Invalid> {
    let t = s.trim();
    let n = t.chars().count();
    if n == 0 || n > 512 {
        return Err(Invalid::from(
            "an address must be 1 to 512 characters".to_string(),
        ));
    }
    if t.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Invalid::from(
            "an address may not contain control characters other than line breaks",
        ));
    }
    if t.chars().any(is_bidi_override) {
        return Err(Invalid::from(
            "an address may not contain bidirectional embedding, override or isolate characters",
        ));
    }
    Ok(t.to_string())
}

/// A partner id (like a partner network id): 1 to 64 letters, digits and hyphens.
pub fn validate_partner_id(s: &str) -> Result<String, Invalid> {
    let t = s.trim();
    if t.is_empty() || t.len() > 64 || !t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(Invalid::from(format!(
            "invalid partner id {}: 1 to 64 letters, digits and hyphens",
            shown(s)
        )));
    }
    Ok(t.to_string())
}

/// A password: 8 to 256 characters, no control characters.
pub fn validate_password(s: &str) -> Result<(), Invalid> {
    let n = s.chars().count();
    if !(8..=256).contains(&n) {
        return Err(Invalid::from(format!(
            "a password must be 8 to 256 characters (this one has {n})"
        )));
    }
    if has_control(s) {
        return Err(Invalid::from(
            "a password may not contain control characters".to_string(),
        ));
    }
    Ok(())
}

/// Free text such as an invite message: 1 to 2000 characters; line breaks are allowed, other
/// control characters not, nor the bidirectional overrides that reorder what a reader sees.
/// Marks and joiners that right-to-left scripts and emoji need are kept (they are shown
/// escaped in tables, see `output::escape`).
pub fn validate_text(what: &str, s: &str) -> Result<String, Invalid> {
    let t = s.trim();
    let n = t.chars().count();
    if n == 0 || n > 2000 {
        return Err(Invalid::from(format!(
            "{what} must be 1 to 2000 characters"
        )));
    }
    if t.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Invalid::from(format!(
            "{what} may not contain control characters other than line breaks"
        )));
    }
    if let Some(c) = t.chars().find(|&c| is_bidi_override(c)) {
        let mut shown_c = String::new();
        push_escaped(&mut shown_c, c);
        return Err(Invalid::from(format!(
            "{what} may not contain bidirectional embedding, override or isolate characters ({shown_c})"
        )));
    }
    Ok(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{is_unsafe_char, parse_days, parse_ttl};

    #[test]
    fn domains() {
        assert_eq!(
            validate_domain("Contoso.Example.").unwrap(),
            "contoso.example"
        );
        for bad in [
            "",
            "contoso",
            "-a.example",
            "a-.example",
            "a..example",
            "a.123",
            "a b.example",
            "ä.example",
        ] {
            assert!(validate_domain(bad).is_err(), "{bad}");
        }
        assert!(validate_domain(&format!("{}.example", "a".repeat(64))).is_err());
    }

    #[test]
    fn upns() {
        assert_eq!(
            validate_upn("Alice@Contoso.Example").unwrap(),
            "alice@contoso.example"
        );
        assert_eq!(
            validate_upn("o'neil+x@a.example").unwrap(),
            "o'neil+x@a.example"
        );
        for bad in [
            "alice",
            "@a.example",
            "a@",
            "a b@c.example",
            ".a@c.example",
            "a..b@c.example",
            "a@c",
        ] {
            assert!(validate_upn(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_phones_passwords() {
        assert!(validate_name("name", "  ").is_err());
        assert!(validate_name("name", "a\u{7}b").is_err());
        assert!(validate_name("name", &"x".repeat(257)).is_err());
        assert_eq!(
            validate_name("name", " Contoso Ltd ").unwrap(),
            "Contoso Ltd"
        );
        assert!(validate_phone("+1 (425) 555-0100").is_ok());
        assert!(validate_phone("call me").is_err());
        assert!(validate_phone("12").is_err());
        assert!(validate_password("short").is_err());
        assert!(validate_password(&"x".repeat(257)).is_err());
        assert!(validate_password("long enough").is_ok());
        assert!(parse_ttl("12h").is_ok());
        assert!(parse_ttl("10s").is_err());
        assert!(parse_ttl("31d").is_err());
        assert_eq!(parse_days("--duration", "365d", 1, 730).unwrap(), 365);
        assert!(parse_days("--duration", "731d", 1, 730).is_err());
        assert!(parse_days("--duration", "36h", 1, 730).is_err());
        assert!(parse_days("--duration", "0d", 1, 730).is_err());
        assert!(validate_text("--message", "hi\nthere").is_ok());
        assert!(validate_text("--message", "a\u{1b}[31m").is_err());
    }

    #[test]
    fn names_refuse_bidi_and_invisible_characters_without_echoing_them() {
        for bad in [
            "Ad\u{200b}min",
            "Ad\u{200d}min",
            "evil\u{202e}txt.exe",
            "a\u{2066}b",
            "a\u{200f}b",
            "a\u{61c}b",
            "\u{feff}Admin",
            "a\u{9b}b",
            "a\u{7f}b",
            "a\u{e0041}b",
            "a\u{2028}b",
        ] {
            let e = validate_name("tenant name", bad).unwrap_err();
            assert!(e.starts_with("tenant name "), "{e}");
            assert!(
                !e.chars().any(is_unsafe_char),
                "raw character echoed: {e:?}"
            );
            assert!(e.contains("\\u{") || e.contains("\\x"), "{e}");
        }
        assert_eq!(
            &*validate_name("tenant name", "Ad\u{200b}min").unwrap_err(),
            "tenant name \"Ad\\u{200b}min\" contains a control, bidirectional or invisible \
             character (\\u{200b}); type the name without it"
        );
        // Letters of any script stay welcome.
        assert!(validate_name("name", "Bäcker & Söhne 日本 مرحبا").is_ok());
        for bad in [
            "a\u{202e}b.example",
            "ad\u{200b}min@a.example",
            "a@b\u{1b}.example",
        ] {
            let e = validate_upn(bad).unwrap_err();
            assert!(!e.chars().any(is_unsafe_char), "{e:?}");
            let e = validate_domain(bad).unwrap_err();
            assert!(!e.chars().any(is_unsafe_char), "{e:?}");
        }
        assert!(validate_text("--message", "a\u{202e}b").is_err());
        assert!(validate_text("--message", "مرحبا\u{200f} 👨\u{200d}👩").is_ok());
        assert!(validate_address("1 Main St\u{2067}").is_err());
        let e = parse_ttl("\u{1b}[2J").unwrap_err();
        assert!(!e.chars().any(is_unsafe_char), "{e:?}");
    }

    #[test]
    fn identifiers() {
        assert_eq!(
            validate_identifier("request", "SR-000001").unwrap(),
            "SR-000001"
        );
        let e = validate_identifier("request", "\u{1b}]0;OWNED\u{7}\u{1b}[2J").unwrap_err();
        assert_eq!(
            &*e,
            "request \"\\x1b]0;OWNED\\x07\\x1b[2J\" contains a control, bidirectional or \
             invisible character (\\x1b)"
        );
        assert!(validate_identifier("request", "").is_err());
        assert!(validate_identifier("request", &"x".repeat(200)).is_ok());
        let e = validate_identifier("request", &"x".repeat(201)).unwrap_err();
        assert!(e.contains("at most 200"), "{e}");
        assert!(validate_identifier("invite", "a\u{202e}b").is_err());
        assert!(validate_identifier("invite", "a\u{200b}b").is_err());
    }
}
