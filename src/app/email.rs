//! A ready-to-send RFC 5322 invitation message (plain text, UTF-8, CRLF line ends).

use chrono::{DateTime, Utc};

use crate::store::tenants::TenantRow;

/// Delegated administration terms shown at accept time and in the invitation.
pub const TERMS: &str = "By accepting, you allow the partner's users with partner rights to \
administer your tenant with their own accounts, within the access listed above. The partner \
can never remove other partners, buy licenses, add or configure domains, or configure users \
in your tenant. Every action a partner takes is recorded in your audit trail. A global admin \
or relationship admin of your tenant can remove the partner at any time with `partnerctl \
partners remove`.";

/// Who sends a message (a partner tenant), to whom, and when.
pub struct Envelope<'a> {
    pub from_name: &'a str,
    pub from_addr: &'a str,
    pub to_addr: &'a str,
    pub partner_domain: &'a str,
    pub date: DateTime<Utc>,
}

impl<'a> Envelope<'a> {
    /// From the partner tenant `home`: its contact address, else the signed-in `sender`'s.
    pub fn from_partner(
        home: &'a TenantRow,
        sender: &'a str,
        to: &'a str,
        date: DateTime<Utc>,
    ) -> Self {
        Envelope {
            from_name: &home.name,
            from_addr: home.email.as_deref().unwrap_or(sender),
            to_addr: to,
            partner_domain: &home.domain,
            date,
        }
    }
}

pub struct Invitation<'a> {
    pub envelope: Envelope<'a>,
    pub invite_id: &'a str,
    pub access: &'a str,
    pub duration: &'a str,
    pub expires_at: &'a str,
    pub message: Option<&'a str>,
    pub accept_command: &'a str,
    pub link: &'a str,
}

/// The longest encoded word RFC 2047 allows.
const MAX_ENCODED_WORD: usize = 75;

/// RFC 2047 encoded words when the text is not plain printable ASCII: each at most 75
/// characters and holding whole characters, folded onto continuation lines, so no header line
/// comes near RFC 5322's 998-octet limit whatever the length of a name.
fn header_text(s: &str) -> String {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.to_string();
    }
    const OPEN: &str = "=?UTF-8?Q?";
    const CLOSE: &str = "?=";
    let mut words: Vec<String> = Vec::new();
    let mut word = String::from(OPEN);
    let mut buf = [0u8; 4];
    for c in s.chars() {
        let mut enc = String::new();
        for b in c.encode_utf8(&mut buf).bytes() {
            match b {
                b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'!' | b'*' | b'+' | b'-' | b'/' => {
                    enc.push(b as char)
                }
                b' ' => enc.push('_'),
                _ => enc.push_str(&format!("={b:02X}")),
            }
        }
        if word.len() + enc.len() + CLOSE.len() > MAX_ENCODED_WORD && word.len() > OPEN.len() {
            word.push_str(CLOSE);
            words.push(std::mem::replace(&mut word, String::from(OPEN)));
        }
        word.push_str(&enc);
    }
    word.push_str(CLOSE);
    words.push(word);
    words.join("\r\n ")
}

/// A display name in a mailbox: quoted when it holds specials.
fn display_name(s: &str) -> String {
    let enc = header_text(s);
    if enc.starts_with("=?") {
        return enc;
    }
    if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
        s.to_string()
    } else {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// Wraps text at 76 columns on spaces, keeping line breaks; a word longer than a line is cut.
fn wrap(text: &str) -> Vec<String> {
    const WIDTH: usize = 76;
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        // A word longer than a line becomes pieces of a line's width.
        let words = para.split(' ').flat_map(|w| {
            let cs: Vec<char> = w.chars().collect();
            if cs.is_empty() {
                vec![String::new()]
            } else {
                cs.chunks(WIDTH).map(String::from_iter).collect()
            }
        });
        for word in words {
            let word = word.as_str();
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > WIDTH {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// The sender's own words, quoted.
fn their_message(body: &mut Vec<String>, message: Option<&str>) {
    if let Some(m) = message {
        body.push(String::new());
        body.push("Their message:".into());
        body.extend(wrap(m).into_iter().map(|l| format!("  {l}")));
    }
}

/// What the customer agrees to by accepting a delegation.
fn terms(body: &mut Vec<String>) {
    body.push(String::new());
    body.push("Terms of delegated administration:".into());
    body.extend(wrap(TERMS));
}

/// The exact command that accepts, and the link that does the same.
fn how_to_accept(body: &mut Vec<String>, accept_command: &str, link: &str) {
    body.push(String::new());
    body.push(format!("  {accept_command}"));
    body.push(String::new());
    body.push(format!("or open {link}"));
    body.push(String::new());
}

/// The message itself: headers (`Message-ID: <{id}@partner domain>`), a blank line, the body.
fn message(e: &Envelope<'_>, subject: &str, id: &str, body: &[String]) -> String {
    let headers = [
        format!("From: {} <{}>", display_name(e.from_name), e.from_addr),
        format!("To: <{}>", e.to_addr),
        format!("Subject: {}", header_text(subject)),
        format!("Date: {}", e.date.to_rfc2822()),
        format!("Message-ID: <{id}@{}>", e.partner_domain),
        "MIME-Version: 1.0".to_string(),
        "Content-Type: text/plain; charset=utf-8".to_string(),
        "Content-Transfer-Encoding: 8bit".to_string(),
    ];
    let mut out = headers.join("\r\n");
    out.push_str("\r\n\r\n");
    out.push_str(&body.join("\r\n"));
    out.push_str("\r\n");
    out
}

pub fn render(i: &Invitation<'_>) -> String {
    let e = &i.envelope;
    let subject = format!(
        "{} requests delegated administration of your tenant",
        e.from_name
    );
    let mut body: Vec<String> = vec!["Hello,".into(), String::new()];
    body.extend(wrap(&format!(
        "{} ({}) asks to become a delegated administrator of your tenant.",
        e.from_name, e.partner_domain
    )));
    their_message(&mut body, i.message);
    body.push(String::new());
    body.push(format!("Requested access:  {}", i.access));
    body.push(format!("Duration:          {}", i.duration));
    body.push(format!("Invite expires:    {}", i.expires_at));
    terms(&mut body);
    body.push(String::new());
    body.extend(wrap(
        "To accept, sign in as a global admin or relationship admin of your tenant and run:",
    ));
    how_to_accept(&mut body, i.accept_command, i.link);
    body.extend(wrap(
        "If you did not expect this request, ignore this message; nothing changes until a \
         global admin or relationship admin of your tenant accepts it.",
    ));
    message(e, &subject, &format!("invite-{}", i.invite_id), &body)
}

/// A purchase offer's message: the items with their prices, the total, the delegation
/// request when there is one, and the exact accept command.
pub struct OfferMessage<'a> {
    pub envelope: Envelope<'a>,
    pub offer_id: &'a str,
    /// One line per item: "25 x Microsoft 365 Business Premium (sku) at 22.00 = 550.00".
    pub items: &'a [String],
    pub total: &'a str,
    /// Access and duration, when the offer requests delegated administration.
    pub delegation: Option<(&'a str, &'a str)>,
    pub expires_at: &'a str,
    pub message: Option<&'a str>,
    pub accept_command: &'a str,
    pub link: &'a str,
}

pub fn render_offer(o: &OfferMessage<'_>) -> String {
    let e = &o.envelope;
    let subject = format!("{} sends you a purchase offer", e.from_name);
    let mut body: Vec<String> = vec!["Hello,".into(), String::new()];
    body.extend(wrap(&format!(
        "{} ({}) offers your tenant these licenses:",
        e.from_name, e.partner_domain
    )));
    body.push(String::new());
    body.extend(o.items.iter().map(|l| format!("  {l}")));
    body.push(String::new());
    body.push(format!("Total:             {}", o.total));
    body.push(format!("Offer expires:     {}", o.expires_at));
    their_message(&mut body, o.message);
    if let Some((access, duration)) = o.delegation {
        body.push(String::new());
        body.extend(wrap(
            "The offer also requests delegated administration of your tenant:",
        ));
        body.push(format!("Requested access:  {access}"));
        body.push(format!("Duration:          {duration}"));
        terms(&mut body);
    }
    body.push(String::new());
    body.extend(wrap(if o.delegation.is_some() {
        "To accept, sign in as a global admin of your tenant (or a user who is both billing \
         admin and relationship admin) and run:"
    } else {
        "To accept, sign in as a global admin or billing admin of your tenant and run:"
    }));
    how_to_accept(&mut body, o.accept_command, o.link);
    body.extend(wrap(
        "Nothing is bought until your tenant accepts; to refuse, run `partnerctl offers decline` \
         with the same token, or ignore this message.",
    ));
    message(e, &subject, &format!("offer-{}", o.offer_id), &body)
}

/// A lifecycle notification (`notify`): one event, told to the contacts of the tenants it
/// concerns. The subject and the body's lines are the caller's, with every stored value already
/// escaped (`model::escape_unsafe`); each line is wrapped here.
pub struct Notice<'a> {
    pub from_name: &'a str,
    pub from_addr: &'a str,
    /// Checked addresses (`model::validate_email`), at least one.
    pub to: &'a [String],
    pub subject: &'a str,
    pub body: &'a [String],
    /// The left part of the Message-ID; the right part is the sender's domain.
    pub message_id: &'a str,
    pub date: DateTime<Utc>,
}

pub fn render_notice(n: &Notice<'_>) -> String {
    let domain = n.from_addr.rsplit_once('@').map_or("localhost", |(_, d)| d);
    let to =
        n.to.iter()
            .map(|a| format!("<{a}>"))
            .collect::<Vec<_>>()
            .join(",\r\n ");
    let headers = [
        format!("From: {} <{}>", display_name(n.from_name), n.from_addr),
        format!("To: {to}"),
        format!("Subject: {}", header_text(n.subject)),
        format!("Date: {}", n.date.to_rfc2822()),
        format!("Message-ID: <{}@{domain}>", n.message_id),
        // RFC 3834: no vacation replies or bounces loops to an automated notice.
        "Auto-Submitted: auto-generated".to_string(),
        "MIME-Version: 1.0".to_string(),
        "Content-Type: text/plain; charset=utf-8".to_string(),
        "Content-Transfer-Encoding: 8bit".to_string(),
    ];
    let body: Vec<String> = n.body.iter().flat_map(|l| wrap(l)).collect();
    let mut out = headers.join("\r\n");
    out.push_str("\r\n\r\n");
    out.push_str(&body.join("\r\n"));
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str, message: Option<&'static str>) -> String {
        render(&Invitation {
            envelope: Envelope {
                from_name: Box::leak(name.to_string().into_boxed_str()),
                from_addr: "admin@fabrikam.example",
                to_addr: "it@contoso.example",
                partner_domain: "fabrikam.example",
                date: "2027-01-01T00:00:00Z".parse().unwrap(),
            },
            invite_id: "abc",
            access: "global-admin",
            duration: "no expiry",
            expires_at: "2027-03-01T00:00:00Z",
            message,
            accept_command: "partnerctl accept 00ff",
            link: "https://operator.example/accept/00ff",
        })
    }

    /// Checks that `m` is a well-formed message with `headers` (only CRLF line ends, no line
    /// over 998 octets) and returns its body.
    fn well_formed<'a>(m: &'a str, headers: &[&str]) -> &'a str {
        let (head, body) = m.split_once("\r\n\r\n").unwrap();
        for h in headers {
            assert!(head.contains(h), "missing {h} in\n{head}");
        }
        assert!(!m.replace("\r\n", "").contains('\n'));
        assert!(m.split("\r\n").all(|l| l.len() <= 998));
        body
    }

    #[test]
    fn is_a_well_formed_message() {
        let m = sample("Fabrikam Partners", Some("Hi there"));
        let body = well_formed(
            &m,
            &[
                "From: Fabrikam Partners <admin@fabrikam.example>",
                "To: <it@contoso.example>",
                "Subject: Fabrikam Partners requests",
                "Date: Fri, 1 Jan 2027 00:00:00 +0000",
                "MIME-Version: 1.0",
            ],
        );
        assert!(body.contains("partnerctl accept 00ff"));
        assert!(body.contains("global-admin"));
        assert!(body.contains("Terms of delegated administration"));
    }

    #[test]
    fn a_notice_is_a_well_formed_message() {
        let to = vec![
            "it@contoso.example".to_string(),
            "admin@fabrikam.example".to_string(),
        ];
        let body = vec!["Hello,".to_string(), String::new(), "y".repeat(300)];
        let m = render_notice(&Notice {
            from_name: "Northbridge Hosting",
            from_addr: "partnerctl@operator.example",
            to: &to,
            subject: "Relationship Zürich ends",
            body: &body,
            message_id: "abc.notify",
            date: "2027-01-01T00:00:00Z".parse().unwrap(),
        });
        let body = well_formed(
            &m,
            &[
                "From: Northbridge Hosting <partnerctl@operator.example>",
                "To: <it@contoso.example>,\r\n <admin@fabrikam.example>",
                "Subject: =?UTF-8?Q?Relationship_Z=C3=BCrich_ends?=",
                "Date: Fri, 1 Jan 2027 00:00:00 +0000",
                "Message-ID: <abc.notify@operator.example>",
                "Content-Type: text/plain; charset=utf-8",
            ],
        );
        assert!(body.starts_with("Hello,\r\n\r\n"));
    }

    #[test]
    fn encodes_non_ascii_and_quotes_specials() {
        let m = sample("Bäcker & Co", None);
        assert!(
            m.contains("From: =?UTF-8?Q?B=C3=A4cker_=26_Co?= <admin@fabrikam.example>"),
            "{m}"
        );
        let m = sample("Acme, Inc.", None);
        assert!(m.contains("From: \"Acme, Inc.\" <"), "{m}");
    }

    #[test]
    fn long_names_and_words_stay_within_the_line_limit() {
        let name = "ä".repeat(256);
        let message: &'static str = Box::leak("x".repeat(2000).into_boxed_str());
        let m = sample(&name, Some(message));
        assert!(m.split("\r\n").all(|l| l.len() <= 998), "{m}");
        // Folded header lines continue with whitespace and each encoded word is whole.
        let (head, _) = m.split_once("\r\n\r\n").unwrap();
        for l in head.split("\r\n") {
            assert!(l.len() <= 998);
            if l.starts_with(' ') {
                assert!(l.trim_start().starts_with("=?UTF-8?Q?"), "{l}");
            }
        }
        for w in head.split_whitespace().filter(|w| w.starts_with("=?")) {
            assert!(w.len() <= 75, "{w}");
        }
    }
}
