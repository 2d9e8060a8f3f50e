//! `login`, `logout` and `whoami`: the session of this database.

use crate::app::sessions::{self, LoginInput};
use crate::error::Result;
use crate::model;
use crate::output::{fields, list};

use super::Global;

#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// Your user principal name, e.g. admin@contoso.example
    pub upn: String,
    /// Read the password from one line of standard input
    #[arg(long)]
    pub password_stdin: bool,
    /// How long the session lasts (1m to 30d)
    #[arg(long, default_value = "12h", value_parser = parse_ttl)]
    pub ttl: std::time::Duration,
    /// Print only the token on stdout and write no session file (use it as PARTNERCTL_TOKEN)
    #[arg(long)]
    pub print_token: bool,
    /// The one-time code your authenticator shows (or one of your recovery codes), for a user
    /// with multi-factor sign-in; without it you are asked on a terminal
    #[arg(long, value_name = "CODE")]
    pub otp: Option<String>,
}

fn parse_ttl(s: &str) -> std::result::Result<std::time::Duration, String> {
    model::parse_ttl(s).map_err(String::from)
}

pub fn login(g: &Global, a: LoginArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = sessions::login(
        &mut ctx,
        &LoginInput {
            upn: a.upn,
            password_stdin: a.password_stdin,
            ttl: a.ttl,
            print_token: a.print_token,
            otp: a.otp,
        },
    )?;
    if let Some(left) = v.recovery_codes_left {
        g.out().status(&format!(
            "note: signed in with a recovery code; {left} left. If your authenticator is lost, enroll a new one: `partnerctl mfa disable`, then `partnerctl mfa enroll`"
        ));
    }
    if a.print_token && !g.out().json() {
        if let Some(t) = &v.token {
            crate::output::write_stdout(&format!("{t}\n"))?;
        }
        return Ok(0);
    }
    g.out().emit(ctx.plan(), &v, |v| {
        format!(
            "signed in as {} ({}) until {}{}",
            v.upn,
            v.tenant.domain,
            v.expires_at,
            if v.mfa { " with a second factor" } else { "" }
        )
    })?;
    Ok(0)
}

pub fn logout(g: &Global) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = sessions::logout(&mut ctx)?;
    g.out().emit(ctx.plan(), &v, |v| match &v.upn {
        Some(u) => format!("signed out {u}"),
        None => "not signed in; nothing to do".to_string(),
    })?;
    Ok(0)
}

pub fn whoami(g: &Global) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = sessions::whoami(&mut ctx)?;
    g.out().emit(ctx.plan(), &v, |v| {
        let mut kind = Vec::new();
        if v.operator {
            kind.push("operator");
        }
        if v.partner {
            kind.push("partner");
        }
        fields(&[
            ("user", format!("{} ({})", v.upn, v.name)),
            ("tenant", format!("{} ({})", v.tenant.name, v.tenant.domain)),
            (
                "tenant kind",
                if kind.is_empty() {
                    "customer".into()
                } else {
                    kind.join(", ")
                },
            ),
            ("roles", list(&v.roles)),
            ("session until", v.session_expires_at.clone()),
            (
                "MFA",
                if v.mfa {
                    "yes: this session signed in with a second factor".into()
                } else {
                    "no: this session signed in with a password only".into()
                },
            ),
            (
                "database",
                if v.test_clock {
                    "test database: PARTNERCTL_NOW sets its clock".into()
                } else {
                    "system clock only".into()
                },
            ),
        ])
    })?;
    Ok(0)
}
