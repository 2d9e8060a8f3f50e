use crate::app::access;
use crate::error::Result;
use crate::output::fields;
use clap_complete::engine::ArgValueCandidates;

use super::Global;

#[derive(Debug, clap::Args)]
pub struct CanArgs {
    /// An action id, e.g. user.create (see `partnerctl can --help` for the catalogue)
    #[arg(long_help = format!(
        "An action id from the catalogue:\n{}",
        crate::authz::Action::ALL.iter().map(|a| a.id()).collect::<Vec<_>>().join(" ")
    ), value_parser = action_ids(), hide_possible_values = true)]
    pub action: String,
    /// Ask for another user (you must be allowed to read that user's tenant's users)
    #[arg(long, value_name = "UPN", add = ArgValueCandidates::new(super::complete::users))]
    pub user: Option<String>,
}

/// The action catalogue as clap's closed value set: shells complete it, and an unknown id is
/// a usage error (exit 2) that lists it.
pub fn action_ids() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(crate::authz::Action::ALL.iter().map(|a| a.id()))
}

/// Exit 0 when allowed, 4 when denied; the decision is printed either way.
pub fn run(g: &Global, a: CanArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = access::can(&mut ctx, &a.action, a.user.as_deref())?;
    let out = g.out();
    out.emit(ctx.plan(), &v, |v| {
        let (word, style) = if v.allowed {
            ("allowed", crate::output::Style::Green)
        } else {
            ("denied", crate::output::Style::Red)
        };
        let text = fields(&[
            ("decision", word.to_string()),
            ("action", v.action.id().to_string()),
            ("tenant", v.tenant.clone()),
            ("user", v.user.clone()),
            ("reason", v.reason.clone()),
            ("path", v.explanation.clone()),
        ]);
        // The decision in colour (our own word; the values above were escaped by `fields`).
        let (first, rest) = text.split_once('\n').unwrap_or((&text, ""));
        format!(
            "{}\n{rest}",
            first.replacen(word, &out.paint(style, word), 1)
        )
    })?;
    Ok(if v.allowed { 0 } else { 4 })
}
