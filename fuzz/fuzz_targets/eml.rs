//! The invitation e-mail (RFC 5322). Its inputs pass the same validators as on the command
//! line (a partner's name, its contact address and domain, the customer's address, the
//! invite's message); whatever they hold, the header block keeps exactly its eight headers,
//! every line ends in CRLF (no bare CR or LF anywhere), and no value starts a header of its own.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use partnerctl::app::email::{render, Envelope, Invitation};
use partnerctl::model::{validate_domain, validate_email, validate_name, validate_text};

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    from_name: &'a str,
    from_addr: &'a str,
    to_addr: &'a str,
    partner_domain: &'a str,
    message: Option<&'a str>,
    token: &'a str,
}

const HEADERS: [&str; 8] = [
    "From: ",
    "To: <",
    "Subject: ",
    "Date: ",
    "Message-ID: <invite-",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
];

fuzz_target!(|i: Input<'_>| {
    let (Ok(from_name), Ok(from_addr), Ok(to_addr), Ok(partner_domain)) = (
        validate_name("tenant name", i.from_name),
        validate_email(i.from_addr),
        validate_email(i.to_addr),
        validate_domain(i.partner_domain),
    ) else {
        return;
    };
    let message = match i.message.map(|m| validate_text("--message", m)) {
        Some(Err(_)) => return,
        Some(Ok(m)) => Some(m),
        None => None,
    };
    // The token is hex in real use; a hostile one still lands in the body only.
    let accept_command = format!("partnerctl accept {}", i.token.replace(['\r', '\n'], ""));
    let m = render(&Invitation {
        envelope: Envelope {
            from_name: &from_name,
            from_addr: &from_addr,
            to_addr: &to_addr,
            partner_domain: &partner_domain,
            date: "2027-01-01T00:00:00Z".parse().unwrap(),
        },
        invite_id: "0190b5f0-0000-7000-8000-000000000000",
        access: "global-admin",
        duration: "no expiry",
        expires_at: "2027-03-01T00:00:00Z",
        message: message.as_deref(),
        accept_command: &accept_command,
        link: "https://operator.example/accept/00ff",
    });
    assert!(
        !m.replace("\r\n", "").contains(['\r', '\n']),
        "a bare CR or LF:\n{m:?}"
    );
    let (head, _body) = m.split_once("\r\n\r\n").expect("a header block");
    // Folded continuation lines (RFC 5322 §2.2.3) start with white space and belong to the
    // header above them; no line may pass 998 octets.
    assert!(m.split("\r\n").all(|l| l.len() <= 998), "a line over 998 octets");
    let lines: Vec<&str> = head
        .split("\r\n")
        .filter(|l| !l.starts_with([' ', '\t']))
        .collect();
    assert_eq!(lines.len(), HEADERS.len(), "headers:\n{head}");
    for (line, want) in lines.iter().zip(HEADERS) {
        assert!(line.starts_with(want), "{line:?} is not {want:?}");
    }
});
