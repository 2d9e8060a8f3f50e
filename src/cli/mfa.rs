//! `mfa enroll`, `mfa status`, `mfa disable`: TOTP multi-factor sign-in.

use std::io::IsTerminal;

use clap::Subcommand;

use crate::app::mfa::{self, EnrollView, StatusView};
use crate::error::Result;
use crate::output::{fields, opt};

use super::Global;

#[derive(Debug, Subcommand)]
pub enum MfaCmd {
    /// Enroll an authenticator app for yourself: shows its secret, an otpauth:// URI and a QR
    /// code, and 10 single-use recovery codes; the first `login --otp CODE` confirms it
    Enroll,
    /// Whether a user has multi-factor sign-in: yours, or (admins) a user's of the tenant
    Status {
        /// The user [default: you]
        upn: Option<String>,
    },
    /// Remove multi-factor sign-in and its recovery codes: yours, or (admins) a user's
    Disable {
        /// The user [default: you]
        upn: Option<String>,
    },
}

pub fn run(g: &Global, cmd: MfaCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        MfaCmd::Enroll => {
            let v = mfa::enroll(&mut ctx)?;
            // The QR code only where someone can scan it: a table on a terminal.
            let qr = !out.json() && std::io::stdout().is_terminal();
            out.emit(ctx.plan(), &v, |v| enrolled(v, qr))?;
        }
        MfaCmd::Status { upn } => {
            let v = mfa::status(&mut ctx, upn.as_deref())?;
            out.emit(ctx.plan(), &v, status)?;
        }
        MfaCmd::Disable { upn } => {
            let v = mfa::disable(&mut ctx, upn.as_deref())?;
            out.emit(ctx.plan(), &v, |v| {
                if v.dry_run {
                    format!("dry run: would remove multi-factor sign-in of {}", v.upn)
                } else {
                    format!(
                        "removed multi-factor sign-in of {} and its recovery codes",
                        v.upn
                    )
                }
            })?;
        }
    }
    Ok(0)
}

fn enrolled(v: &EnrollView, qr: bool) -> String {
    let (Some(secret), Some(uri)) = (&v.secret, &v.otpauth_uri) else {
        return format!(
            "dry run: would enroll an authenticator and {} recovery codes for {}",
            mfa::RECOVERY_CODES,
            v.upn
        );
    };
    let mut s = format!(
        "multi-factor sign-in enrolled for {}: add it to your authenticator app\n",
        v.upn
    );
    s.push_str(&fields(&[
        ("secret", secret.clone()),
        ("otpauth URI", uri.clone()),
    ]));
    if qr {
        if let Some(code) = qr_code(uri) {
            s.push('\n');
            s.push_str(&code);
            s.push('\n');
        }
    }
    s.push_str("\nrecovery codes (each works once in place of a one-time code; keep them somewhere safe, they are not shown again):\n");
    for c in &v.recovery_codes {
        s.push_str(&format!("  {c}\n"));
    }
    s.push_str(&format!(
        "\nnot confirmed yet: sign in with a code to confirm it, e.g. `partnerctl login {} --otp CODE`",
        v.upn
    ));
    s
}

/// `text` as a QR code of Unicode half blocks, light on dark as terminals show it (as
/// `qrencode -t UTF8` draws it): two rows of modules per line, with its quiet zone.
pub fn qr_code(text: &str) -> Option<String> {
    use qrcode::render::unicode::Dense1x2;
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    Some(
        code.render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}

fn status(v: &StatusView) -> String {
    let state = match (v.enrolled, v.confirmed) {
        (false, _) => "not enrolled".to_string(),
        (true, false) => "enrolled, not confirmed yet (sign in with a code to confirm)".into(),
        (true, true) => "enrolled and confirmed".into(),
    };
    let mut f = vec![
        ("user", v.upn.clone()),
        ("multi-factor sign-in", state),
        ("enrolled", opt(&v.enrolled_at)),
        ("confirmed", opt(&v.confirmed_at)),
        ("recovery codes left", v.recovery_codes_left.to_string()),
        ("wrong codes in a row", v.failed_attempts.to_string()),
        (
            "locked until",
            v.locked_until
                .clone()
                .unwrap_or_else(|| "not locked".into()),
        ),
    ];
    f.push((
        "tenant requires MFA",
        if v.required_by_tenant {
            "yes: to act in customer tenants".into()
        } else {
            "no".into()
        },
    ));
    fields(&f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_code_is_half_blocks_with_a_quiet_zone() {
        let q = qr_code(
            "otpauth://totp/partnerctl:a@b.example?secret=JBSWY3DPEHPK3PXP&issuer=partnerctl",
        )
        .expect("encodes");
        let lines: Vec<&str> = q.lines().collect();
        let width = lines[0].chars().count();
        assert!(width >= 29, "a version 3+ code with its quiet zone");
        assert!(lines.iter().all(|l| l.chars().count() == width));
        assert!(q.chars().all(|c| matches!(c, ' ' | '█' | '▀' | '▄' | '\n')));
        // The quiet zone is light: full blocks on a terminal.
        assert!(lines[0].chars().all(|c| c == '█'));
    }
}
