use clap::Subcommand;

use crate::app::users::{self, AddInput, UpdateInput, UserView};
use crate::app::Ctx;
use crate::error::Result;
use crate::model::DirectoryRole;
use crate::output::{fields, list};
use clap_complete::engine::ArgValueCandidates;

use super::render::{changed, done_or_would};
use super::Global;

#[derive(Debug, Subcommand)]
pub enum UsersCmd {
    /// List the tenant's users
    List,
    /// Add a user
    Add {
        /// The user's UPN; its domain must be one of the tenant's domains
        upn: String,
        /// Display name [default: the part of the UPN before @]
        #[arg(long)]
        name: Option<String>,
        /// A directory role to give (repeatable)
        #[arg(long = "role", value_name = "ROLE", value_enum)]
        roles: Vec<DirectoryRole>,
        /// Read the password from one line of standard input (otherwise a prompt on a
        /// terminal; without either the user cannot sign in until its password is reset)
        #[arg(long)]
        password_stdin: bool,
    },
    /// Change a user's name, or enable or disable it
    Update {
        #[arg(add = ArgValueCandidates::new(super::complete::users))]
        upn: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, conflicts_with = "disable")]
        enable: bool,
        #[arg(long)]
        disable: bool,
    },
    /// Remove a user
    Remove {
        #[arg(add = ArgValueCandidates::new(super::complete::users))]
        upn: String,
    },
    /// Set a new password and end the user's sessions
    ResetPassword {
        #[arg(add = ArgValueCandidates::new(super::complete::users))]
        upn: String,
        /// Read the new password from one line of standard input
        #[arg(long)]
        password_stdin: bool,
    },
    /// Give or take directory roles
    #[command(subcommand)]
    Roles(RolesCmd),
}

#[derive(Debug, Subcommand)]
pub enum RolesCmd {
    /// Give a user a directory role
    Add {
        #[arg(add = ArgValueCandidates::new(super::complete::users))]
        upn: String,
        #[arg(value_enum)]
        role: DirectoryRole,
    },
    /// Take a directory role from a user
    Remove {
        #[arg(add = ArgValueCandidates::new(super::complete::users))]
        upn: String,
        #[arg(value_enum)]
        role: DirectoryRole,
    },
}

fn user_fields(u: &UserView) -> String {
    fields(&[
        ("upn", u.upn.clone()),
        ("name", u.name.clone()),
        ("enabled", u.enabled.to_string()),
        ("can sign in", u.can_sign_in.to_string()),
        ("roles", list(&u.roles)),
    ])
}

pub fn run(g: &Global, cmd: UsersCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    let head = |done: &str| super::render::head(g, done);
    match cmd {
        UsersCmd::List => {
            let v = users::list(&mut ctx)?;
            out.emit_list(&v, &["UPN", "NAME", "ENABLED", "ROLES"], |u| {
                vec![
                    u.upn.clone(),
                    u.name.clone(),
                    if u.enabled { "yes" } else { "no" }.to_string(),
                    list(&u.roles),
                ]
            })?;
        }
        UsersCmd::Add {
            upn,
            name,
            roles,
            password_stdin,
        } => {
            let v = users::add(
                &mut ctx,
                &AddInput {
                    upn,
                    name,
                    roles,
                    password_stdin,
                },
            )?;
            out.emit(ctx.plan(), &v, |v| {
                format!("{}\n{}", head("added user"), user_fields(&v.user))
            })?;
        }
        UsersCmd::Update {
            upn,
            name,
            enable,
            disable,
        } => {
            let enabled = match (enable, disable) {
                (true, _) => Some(true),
                (_, true) => Some(false),
                _ => None,
            };
            let v = users::update(&mut ctx, &UpdateInput { upn, name, enabled })?;
            out.emit(ctx.plan(), &v, |v| {
                format!("{}\n{}", head("updated user"), user_fields(v))
            })?;
        }
        UsersCmd::Remove { upn } => {
            let v = users::remove(&mut ctx, &upn)?;
            changed(g, &ctx, &v, "removed user", |v| v.upn.to_string())?;
        }
        UsersCmd::ResetPassword {
            upn,
            password_stdin,
        } => {
            let v = users::reset_password(&mut ctx, &upn, password_stdin)?;
            out.emit(ctx.plan(), &v, |v| {
                format!(
                    "{} of {}; its sessions were ended",
                    head("reset the password"),
                    v.upn
                )
            })?;
        }
        UsersCmd::Roles(RolesCmd::Add { upn, role }) => change_role(g, &mut ctx, &upn, role, true)?,
        UsersCmd::Roles(RolesCmd::Remove { upn, role }) => {
            change_role(g, &mut ctx, &upn, role, false)?
        }
    }
    Ok(0)
}

/// `users roles add` (`give`) or `users roles remove`.
fn change_role(
    g: &Global,
    ctx: &mut Ctx,
    upn: &str,
    role: DirectoryRole,
    give: bool,
) -> Result<()> {
    let v = users::change_role(ctx, upn, role, give)?;
    let (done, would, to) = if give {
        ("gave", "given", "to")
    } else {
        ("took", "taken", "from")
    };
    g.out().emit(ctx.plan(), &v, |v| {
        let what = done_or_would(
            g.dry_run,
            &format!("{done} {role}"),
            &format!("have {would} {role}"),
        );
        format!("{what} {to} {}\n{}", v.upn, user_fields(v))
    })
}
