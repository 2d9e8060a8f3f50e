//! The global options of a command, and the questions it may ask a person: confirmations and
//! passwords, only when someone can answer.

use std::io::{BufRead, IsTerminal};

use crate::error::{Error, Result};

/// The global options of every command, resolved.
#[derive(Debug, Clone)]
pub struct Options {
    pub db: crate::store::Location,
    pub tenant: Option<String>,
    pub yes: bool,
    pub no_input: bool,
    pub dry_run: bool,
}

impl Options {
    /// Prompts only when a person can answer: stdin and stderr are terminals and
    /// `--no-input` is absent.
    pub fn interactive(&self) -> bool {
        !self.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// Asks for confirmation of a destructive step: `--yes` answers yes, a person is asked,
    /// and without either the command fails with exit 2 naming `--yes`.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes || self.dry_run {
            return Ok(());
        }
        if !self.interactive() {
            return Err(Error::invalid(format!(
                "confirmation needed (\"{question}\") and there is no terminal to ask on; pass --yes to confirm"
            )));
        }
        if ask_yes_no(question)? {
            Ok(())
        } else {
            Err(Error::cancelled("cancelled; nothing was changed"))
        }
    }
}

/// Asks `question [y/N]` once on stderr and reads a whole line (the answer counts only after
/// Enter): `y` or `yes` in any case is yes; anything else, an empty line or end of input
/// (Ctrl-D) is no. Ctrl-C ends the process as usual (exit 130); nothing was changed yet.
fn ask_yes_no(question: &str) -> Result<bool> {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    write!(err, "{question} [y/N] ")
        .and_then(|_| err.flush())
        .map_err(|e| Error::internal(format!("cannot ask: {e}")))?;
    drop(err);
    let mut line = String::new();
    let n = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::internal(format!("cannot read the answer: {e}")))?;
    if n == 0 {
        // End of input: no answer is no (and the prompt's line is ended).
        eprintln!();
        return Ok(false);
    }
    Ok(matches!(
        line.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

/// How a password reaches a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordSource {
    /// One line of standard input (`--password-stdin`).
    Stdin,
    /// A hidden prompt when interactive; otherwise none.
    PromptIfInteractive,
    /// A hidden prompt when interactive; otherwise a usage error naming the flag.
    Required(&'static str),
}

/// Reads a password from its source. New passwords are asked twice.
pub fn read_password(
    opts: &Options,
    source: PasswordSource,
    prompt: &str,
    new: bool,
) -> Result<Option<String>> {
    let pw = match source {
        PasswordSource::Stdin => {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| Error::invalid(format!("cannot read the password from stdin: {e}")))?;
            let pw = line.trim_end_matches(['\n', '\r']).to_string();
            if pw.is_empty() {
                return Err(Error::invalid(
                    "--password-stdin: standard input held no password line",
                ));
            }
            pw
        }
        PasswordSource::PromptIfInteractive | PasswordSource::Required(_) if opts.interactive() => {
            let mut p = dialoguer::Password::new().with_prompt(prompt);
            if new {
                p = p.with_confirmation("Repeat the password", "the passwords do not match");
            }
            p.interact()
                .map_err(|e| Error::internal(format!("cannot read the password: {e}")))?
        }
        PasswordSource::PromptIfInteractive => return Ok(None),
        PasswordSource::Required(flag) => {
            return Err(Error::invalid(format!(
                "a password is needed and there is no terminal to ask it on; pass {flag} and write it on standard input"
            )))
        }
    };
    if new {
        crate::model::validate_password(&pw)?;
    }
    Ok(Some(pw))
}
