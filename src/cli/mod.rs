//! The command line: clap definitions (doc comments are the help text) and one function per
//! command that calls one app operation and renders its view.

mod accept;
mod access;
mod audit;
mod can;
mod complete;
mod completions;
mod customers;
mod dashboard;
mod db;
mod demo;
mod doctor;
mod domains;
mod elevations;
mod eligibility;
mod grants;
mod groups;
mod health;
mod init;
mod invites;
mod licenses;
mod man;
mod man_sections;
mod mfa;
mod notify;
mod offers;
mod partners;
mod relationships;
mod render;
mod report;
mod requests;
mod sessions;
mod templates;
mod tenants;
mod users;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::app::{paths, Ctx, Options};
use crate::error::Result;
use crate::output::{ColorChoice, Format, Out};

/// Delegated partner administration of multi-tenant directories, on one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "partnerctl", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
    /// The command's words (`invites list`), as [`parse`] found them.
    #[arg(skip)]
    pub path: String,
}

#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// The database file [default: the platform data dir, e.g. ~/.local/share/partnerctl/partnerctl.db]
    #[arg(long, global = true, env = "PARTNERCTL_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Output format: tables for people, one JSON document for scripts
    #[arg(short = 'o', long, global = true, env = "PARTNERCTL_OUTPUT", value_enum, default_value_t = Format::Table)]
    pub output: Format,
    /// Answer yes to confirmations
    #[arg(long, global = true)]
    pub yes: bool,
    /// Never prompt (also implied when stdin is not a terminal)
    #[arg(long, global = true, env = "PARTNERCTL_NO_INPUT", action = clap::ArgAction::SetTrue, value_parser = clap::builder::BoolishValueParser::new())]
    pub no_input: bool,
    /// The tenant a command acts on, by initial domain or id [default: your own]
    #[arg(long, global = true, value_name = "DOMAIN|ID", add = clap_complete::engine::ArgValueCandidates::new(complete::customers))]
    pub tenant: Option<String>,
    /// Show the decision and what would change; write nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// When to colour output: auto (terminals, unless NO_COLOR is set), always, never
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// No status text on stderr (errors still print)
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the database, the operator tenant and its first global admin, and sign in
    Init(init::InitArgs),
    /// Sign in
    Login(sessions::LoginArgs),
    /// Sign out: end this database's session
    Logout,
    /// Show the signed-in user, its tenant and roles
    Whoami,
    /// Multi-factor sign-in with an authenticator app (TOTP): enroll, status, disable
    #[command(subcommand)]
    Mfa(mfa::MfaCmd),
    /// Tenant lifecycle and contact details
    #[command(subcommand)]
    Tenants(tenants::TenantsCmd),
    /// Directory users and their roles
    #[command(subcommand)]
    Users(users::UsersCmd),
    /// Invite a customer to give your partner tenant delegated administration
    Invite(invites::InviteArgs),
    /// Your partner tenant's invites
    #[command(subcommand)]
    Invites(invites::InvitesCmd),
    /// Accept a partner's invite for your tenant (global admins, relationship admins); shows
    /// the terms and asks (--yes to skip)
    Accept(accept::TokenArgs),
    /// Decline a partner's invite (global admins, relationship admins)
    Decline(accept::TokenArgs),
    /// Purchase offers: licenses for a customer, optionally with a request for delegated
    /// administration; the customer accepts or declines them here too
    #[command(subcommand)]
    Offers(offers::OffersCmd),
    /// The partners with delegated administration over this tenant
    #[command(subcommand)]
    Partners(partners::PartnersCmd),
    /// Your partner tenant's customers
    #[command(subcommand)]
    Customers(customers::CustomersCmd),
    /// Agent roles of your partner tenant's users
    #[command(subcommand)]
    Grants(grants::GrantsCmd),
    /// Delegated-admin relationships one by one: list, show, terminate, access assignments
    #[command(subcommand)]
    Relationships(relationships::RelationshipsCmd),
    /// Security groups of your partner tenant (the agent roles are the built-in groups)
    #[command(subcommand)]
    Groups(groups::GroupsCmd),
    /// Just-in-time eligibility: partner users who may activate roles in a customer for a
    /// while (elevate)
    #[command(subcommand)]
    Eligibility(eligibility::EligibilityCmd),
    /// Activate eligible roles in a customer for a limited time, with a justification (after
    /// an approval when the eligibility asks for one; needs a session signed in with MFA)
    Elevate(elevations::ElevateArgs),
    /// Elevation requests and elevations: list, approve, deny, end
    #[command(subcommand)]
    Elevations(elevations::ElevationsCmd),
    /// Relationship templates: access, duration and the assignments to create
    #[command(subcommand)]
    Templates(templates::TemplatesCmd),
    /// Licenses: subscriptions, purchases and assignments
    #[command(subcommand)]
    Licenses(licenses::LicensesCmd),
    /// The tenant's domains
    #[command(subcommand)]
    Domains(domains::DomainsCmd),
    /// Service health per service; `health set` publishes (operator)
    Health(health::HealthArgs),
    /// Service requests (support tickets)
    #[command(subcommand)]
    Requests(requests::RequestsCmd),
    /// The partner's customers at a glance, or one customer's detail with links to manage it
    Dashboard(dashboard::DashboardArgs),
    /// The audit trail and its integrity
    #[command(subcommand)]
    Audit(audit::AuditCmd),
    /// Who can do what: partner users in this tenant; for a partner, its agents per customer
    Access,
    /// What is about to break: expiring relationships and invites, unusable relationships,
    /// single global admins; for the operator the audit chain, and with --deep the database's
    /// integrity (exit 9 on errors)
    Doctor(doctor::Args),
    /// Write a message file for each lifecycle event not yet notified (relationships expiring,
    /// expired, ended, renewed or extended; invites expiring; elevations), to the contact
    /// e-mails of the tenants concerned
    Notify(notify::NotifyArgs),
    /// Write the tenant's access review to one self-contained HTML file: relationships and
    /// their timeline, who can do what, elevations, an audit summary and the chain head
    Report(report::ReportArgs),
    /// Ask the permission core: may this user take ACTION in this tenant, and why
    Can(can::CanArgs),
    /// Build a fresh demo database and sign in as the partner's global admin
    Demo(demo::DemoArgs),
    /// The store itself: schema migrations, PostgreSQL roles, copying between backends
    #[command(subcommand)]
    Db(db::DbCmd),
    /// Print shell completions
    Completions(completions::CompletionsArgs),
    /// Write man pages: one per command and subcommand
    Man(man::ManArgs),
}

/// The leaf commands that change nothing: `--dry-run` is not shown there.
const READ_ONLY: &[&str] = &[
    "whoami",
    "mfa status",
    "tenants list",
    "tenants show",
    "users list",
    "invites list",
    "invites show",
    "offers list",
    "offers show",
    "partners list",
    "customers list",
    "grants list",
    "relationships list",
    "relationships show",
    "groups list",
    "eligibility list",
    "elevations list",
    "templates list",
    "templates show",
    "licenses catalogue",
    "licenses list",
    "domains list",
    "requests list",
    "requests show",
    "dashboard",
    "audit list",
    "audit verify",
    "access",
    "doctor",
    "can",
    "completions",
    "man",
];

/// The commands that print a list, which `-o csv` and `-o tsv` can also write. Any other
/// command refuses those formats before it does anything (it used to refuse them only when
/// printing its result, after its change had been made).
const TABULAR: &[&str] = &[
    "tenants list",
    "users list",
    "invites list",
    "offers list",
    "partners list",
    "customers list",
    "grants list",
    "relationships list",
    "groups list",
    "eligibility list",
    "elevations list",
    "templates list",
    "licenses catalogue",
    "licenses list",
    "domains list",
    "requests list",
    "health",
    "dashboard",
    "audit list",
];

/// The leaf commands that ask for confirmation: `--yes` is shown only there.
const CONFIRMING: &[&str] = &[
    "partners remove",
    "customers remove",
    "relationships terminate",
    "groups delete",
    "accept",
    "offers accept",
];

/// The command line as it is parsed, completed and documented: clap's, with the global
/// `--dry-run` and `--yes` hidden from the help (and completions) of commands where they do
/// nothing. They are still accepted there, so a script that passes them everywhere works.
pub fn command() -> clap::Command {
    let cmd = <Cli as clap::CommandFactory>::command();
    let hidden = |id: &str| {
        cmd.get_arguments()
            .find(|a| a.get_id() == id)
            .map(|a| a.clone().hide(true))
    };
    let (Some(dry_run), Some(yes)) = (hidden("dry_run"), hidden("yes")) else {
        return cmd;
    };
    hide_idle_flags(cmd, "", &dry_run, &yes)
}

/// Parses the command line. The tree of every command costs more to build than most commands
/// take to run, so the command named on the line is first parsed alone (see [`one_command`]);
/// anything that does not parse that way (help, version, every usage error, a line naming no
/// command) is parsed again with the whole tree of [`command`], which then gives clap's exact
/// output.
pub fn parse() -> std::result::Result<Cli, clap::Error> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let quick = args
        .iter()
        .skip(1)
        .find_map(|a| {
            a.to_str()
                .filter(|s| <Command as clap::Subcommand>::has_subcommand(s))
        })
        .and_then(one_command)
        .and_then(|cmd| cmd.try_get_matches_from(&args).ok())
        .and_then(|m| with_path(&m).ok());
    if let Some(cli) = quick {
        return Ok(cli);
    }
    command()
        .try_get_matches_from(args)
        .and_then(|m| with_path(&m))
}

/// The parsed line, with the words of its command.
fn with_path(m: &clap::ArgMatches) -> std::result::Result<Cli, clap::Error> {
    let mut cli = <Cli as clap::FromArgMatches>::from_arg_matches(m)?;
    let mut words = Vec::new();
    let mut at = m;
    while let Some((name, sub)) = at.subcommand() {
        words.push(name);
        at = sub;
    }
    cli.path = words.join(" ");
    Ok(cli)
}

/// The command line with the global options and only the top-level command `name`, built
/// from the same definitions as [`command`] but without the help texts of the commands and the
/// hidden copies of the global flags (neither changes what a line means). Whatever parses with
/// it parses the same way with the whole tree, which holds every argument it has; a test keeps
/// the two in step.
fn one_command(name: &str) -> Option<clap::Command> {
    use clap::{Args, Subcommand};
    let new = |name: &'static str| clap::Command::new(name);
    // What clap's derive gives a variant marked `#[command(subcommand)]`.
    let group = |sc: clap::Command| sc.subcommand_required(true).arg_required_else_help(true);
    let sc = match name {
        "init" => init::InitArgs::augment_args(new("init")),
        "login" => sessions::LoginArgs::augment_args(new("login")),
        "logout" => new("logout"),
        "whoami" => new("whoami"),
        "access" => new("access"),
        "mfa" => mfa::MfaCmd::augment_subcommands(group(new("mfa"))),
        "tenants" => tenants::TenantsCmd::augment_subcommands(group(new("tenants"))),
        "users" => users::UsersCmd::augment_subcommands(group(new("users"))),
        "invite" => invites::InviteArgs::augment_args(new("invite")),
        "invites" => invites::InvitesCmd::augment_subcommands(group(new("invites"))),
        "accept" => accept::TokenArgs::augment_args(new("accept")),
        "decline" => accept::TokenArgs::augment_args(new("decline")),
        "offers" => offers::OffersCmd::augment_subcommands(group(new("offers"))),
        "partners" => partners::PartnersCmd::augment_subcommands(group(new("partners"))),
        "customers" => customers::CustomersCmd::augment_subcommands(group(new("customers"))),
        "grants" => grants::GrantsCmd::augment_subcommands(group(new("grants"))),
        "relationships" => {
            relationships::RelationshipsCmd::augment_subcommands(group(new("relationships")))
        }
        "groups" => groups::GroupsCmd::augment_subcommands(group(new("groups"))),
        "eligibility" => {
            eligibility::EligibilityCmd::augment_subcommands(group(new("eligibility")))
        }
        "elevate" => elevations::ElevateArgs::augment_args(new("elevate")),
        "elevations" => elevations::ElevationsCmd::augment_subcommands(group(new("elevations"))),
        "templates" => templates::TemplatesCmd::augment_subcommands(group(new("templates"))),
        "licenses" => licenses::LicensesCmd::augment_subcommands(group(new("licenses"))),
        "domains" => domains::DomainsCmd::augment_subcommands(group(new("domains"))),
        "health" => health::HealthArgs::augment_args(new("health")),
        "requests" => requests::RequestsCmd::augment_subcommands(group(new("requests"))),
        "dashboard" => dashboard::DashboardArgs::augment_args(new("dashboard")),
        "audit" => audit::AuditCmd::augment_subcommands(group(new("audit"))),
        "doctor" => doctor::Args::augment_args(new("doctor")),
        "notify" => notify::NotifyArgs::augment_args(new("notify")),
        "report" => report::ReportArgs::augment_args(new("report")),
        "can" => can::CanArgs::augment_args(new("can")),
        "demo" => demo::DemoArgs::augment_args(new("demo")),
        "db" => db::DbCmd::augment_subcommands(group(new("db"))),
        "completions" => completions::CompletionsArgs::augment_args(new("completions")),
        "man" => man::ManArgs::augment_args(new("man")),
        _ => return None,
    };
    // What the derive of `Cli` gives the top level, less its help texts.
    let top = clap::Command::new("partnerctl")
        .group(
            clap::ArgGroup::new("Cli")
                .multiple(true)
                .args([] as [clap::Id; 0]),
        )
        .version(env!("CARGO_PKG_VERSION"))
        .propagate_version(true);
    Some(group(Global::augment_args(top)).subcommand(sc))
}

/// Gives each leaf command that does not use them its own hidden copy of the global flags
/// (still global, so a value reaches [`Global`] as before): clap propagates a global flag
/// only to subcommands that do not define it already.
fn hide_idle_flags(
    mut cmd: clap::Command,
    path: &str,
    dry_run: &clap::Arg,
    yes: &clap::Arg,
) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |sc| {
            let mut sc = hide_idle_flags(sc, &sub_path, dry_run, yes);
            if sc.get_subcommands().next().is_some() {
                return sc;
            }
            if READ_ONLY.contains(&sub_path.as_str()) {
                sc = sc.arg(dry_run.clone());
            }
            if !CONFIRMING.contains(&sub_path.as_str()) {
                sc = sc.arg(yes.clone());
            }
            sc
        });
    }
    cmd
}

/// The store `--db` (or `PARTNERCTL_DB`) names, else the default file.
pub(crate) fn location(db: Option<&std::path::Path>) -> Result<crate::store::Location> {
    Ok(match db {
        Some(p) => crate::store::Location::parse(p),
        None => crate::store::Location::File(paths::default_db()?),
    })
}

impl Global {
    pub fn out(&self) -> Out {
        use std::io::IsTerminal;
        Out {
            format: self.output,
            color_stdout: self.color.enabled(std::io::stdout().is_terminal()),
            color_stderr: self.color.enabled(std::io::stderr().is_terminal()),
            quiet: self.quiet,
        }
    }

    pub fn options(&self) -> Result<Options> {
        Ok(Options {
            db: location(self.db.as_deref())?,
            tenant: self.tenant.clone(),
            yes: self.yes,
            no_input: self.no_input,
            dry_run: self.dry_run,
        })
    }

    /// Opens the existing database for a command.
    pub fn ctx(&self) -> Result<Ctx> {
        Ctx::open(self.options()?)
    }
}

/// Runs one parsed command; returns the exit code of a success (0, or 4 for a denied `can`).
pub fn run(cli: Cli) -> Result<i32> {
    let g = &cli.global;
    // Commands that are about no tenant take no --tenant: refused rather than ignored.
    let tenantless = match &cli.command {
        Command::Init(_) => Some("init"),
        Command::Login(_) => Some("login"),
        Command::Demo(_) => Some("demo"),
        Command::Db(_) => Some("db"),
        Command::Completions(_) => Some("completions"),
        Command::Man(_) => Some("man"),
        _ => None,
    };
    if let (Some(command), Some(_)) = (tenantless, &g.tenant) {
        return Err(crate::error::Error::invalid(format!(
            "--tenant: `{command}` is about no tenant; drop --tenant"
        )));
    }
    if matches!(g.output, Format::Csv | Format::Tsv) && !TABULAR.contains(&cli.path.as_str()) {
        return Err(crate::error::Error::invalid(crate::output::NOT_A_LIST));
    }
    match cli.command {
        Command::Init(a) => init::run(g, a),
        Command::Login(a) => sessions::login(g, a),
        Command::Logout => sessions::logout(g),
        Command::Whoami => sessions::whoami(g),
        Command::Mfa(c) => mfa::run(g, c),
        Command::Tenants(c) => tenants::run(g, c),
        Command::Users(c) => users::run(g, c),
        Command::Invite(a) => invites::invite(g, a),
        Command::Invites(c) => invites::run(g, c),
        Command::Accept(a) => accept::accept(g, a),
        Command::Decline(a) => accept::decline(g, a),
        Command::Offers(c) => offers::run(g, c),
        Command::Partners(c) => partners::run(g, c),
        Command::Customers(c) => customers::run(g, c),
        Command::Grants(c) => grants::run(g, c),
        Command::Relationships(c) => relationships::run(g, c),
        Command::Groups(c) => groups::run(g, c),
        Command::Eligibility(c) => eligibility::run(g, c),
        Command::Elevate(a) => elevations::elevate(g, a),
        Command::Elevations(c) => elevations::run(g, c),
        Command::Templates(c) => templates::run(g, c),
        Command::Licenses(c) => licenses::run(g, c),
        Command::Domains(c) => domains::run(g, c),
        Command::Health(a) => health::run(g, a),
        Command::Requests(c) => requests::run(g, c),
        Command::Dashboard(a) => dashboard::run(g, a),
        Command::Audit(c) => audit::run(g, c),
        Command::Access => access::run(g),
        Command::Doctor(a) => doctor::run(g, &a),
        Command::Notify(a) => notify::run(g, a),
        Command::Report(a) => report::run(g, a),
        Command::Can(a) => can::run(g, a),
        Command::Demo(a) => demo::run(g, a),
        Command::Db(c) => db::run(g, c),
        Command::Completions(a) => completions::run(g, a),
        Command::Man(a) => man::run(g, a),
    }
}

#[cfg(test)]
mod tests {
    /// What decides how a command's line parses: its arguments, groups, names, settings and
    /// subcommands, all but the help texts. The hidden copies of the global flags that
    /// [`super::command`] gives the leaf commands are left out when `skip_copies`.
    fn shape(c: &clap::Command, skip_copies: bool, path: &str, out: &mut Vec<String>) {
        let copy = |a: &clap::Arg| {
            skip_copies && a.is_global_set() && matches!(a.get_id().as_str(), "dry_run" | "yes")
        };
        for a in c.get_arguments().filter(|a| !copy(a)) {
            out.push(format!("{path}: {a:?}"));
        }
        for g in c.get_groups() {
            out.push(format!("{path}: {g:?}"));
        }
        out.push(format!(
            "{path}: aliases {:?} {:?} {:?} {:?}, settings {:?}",
            c.get_all_aliases().collect::<Vec<_>>(),
            c.get_short_flag(),
            c.get_long_flag(),
            c.get_subcommands()
                .map(|s| s.get_name())
                .collect::<Vec<_>>(),
            [
                c.is_subcommand_required_set(),
                c.is_arg_required_else_help_set(),
                c.is_allow_external_subcommands_set(),
                c.is_args_conflicts_with_subcommands_set(),
                c.is_subcommand_precedence_over_arg_set(),
                c.is_subcommand_negates_reqs_set(),
                c.is_multicall_set(),
                c.is_allow_missing_positional_set(),
                c.is_disable_help_flag_set(),
                c.is_disable_version_flag_set(),
                c.is_disable_help_subcommand_set(),
                c.is_propagate_version_set(),
                c.is_no_binary_name_set(),
                c.is_dont_delimit_trailing_values_set(),
                c.is_allow_negative_numbers_set(),
                c.is_trailing_var_arg_set(),
            ]
        ));
        for s in c.get_subcommands() {
            shape(s, skip_copies, &format!("{path} {}", s.get_name()), out);
        }
    }

    /// The quick parse of each top-level command sees exactly what the whole tree has for it.
    #[test]
    fn one_command_parses_as_the_whole_tree() {
        let full = super::command();
        let mut names = 0;
        for sc in full.get_subcommands() {
            let name = sc.get_name();
            let quick =
                super::one_command(name).unwrap_or_else(|| panic!("`{name}` has no quick parse"));
            let (mut want, mut got) = (Vec::new(), Vec::new());
            shape(sc, true, name, &mut want);
            shape(quick.find_subcommand(name).unwrap(), false, name, &mut got);
            assert_eq!(want, got);
            // The top level: the global options and how they parse.
            let top = |c: &clap::Command| {
                let mut v: Vec<String> = c.get_arguments().map(|a| format!("{a:?}")).collect();
                v.extend(c.get_groups().map(|g| format!("{g:?}")));
                v.push(format!(
                    "{:?}",
                    [
                        c.is_subcommand_required_set(),
                        c.is_arg_required_else_help_set(),
                        c.is_propagate_version_set(),
                    ]
                ));
                v.push(format!("{:?}", c.get_version()));
                v
            };
            assert_eq!(top(&full), top(&quick), "{name}");
            names += 1;
        }
        assert!(names > 30);
        assert!(super::one_command("help").is_none());
    }
}
