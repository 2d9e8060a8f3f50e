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

    /// [`Options::confirm`] of an agreement: what is agreed to (`terms`) is shown first, when
    /// a person is to be asked (on stderr: never data).
    pub fn confirm_terms(&self, terms: &str, question: &str) -> Result<()> {
        if !self.yes && !self.dry_run {
            let terms = crate::output::escape::sanitize_lines(terms).into_owned();
            // Wrapped at spaces, each line under its own indent: the terminal would break
            // words anywhere.
            let terms = crate::output::prose_lines(&terms);
            let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), terms.as_bytes());
        }
        self.confirm(question)
    }
}

/// Asks `question [y/N]` once on stderr and reads a whole line (the answer counts only after
/// Enter): `y` or `yes` in any case is yes; anything else, an empty line or end of input
/// (Ctrl-D) is no. Ctrl-C ends the process as usual (exit 130); nothing was changed yet.
fn ask_yes_no(question: &str) -> Result<bool> {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    write!(
        err,
        "{} ",
        crate::output::prose_lines(&format!("{question} [y/N]"))
    )
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

/// How many times a person is asked again for a new password that was refused.
const PASSWORD_TRIES: usize = 3;

/// One hidden line. An empty answer or end of input (Ctrl-D) cancels (exit 7): it is never
/// sent as an empty password.
fn hidden_line(prompt: &str) -> Result<String> {
    let cancelled = || Error::cancelled("no password given; nothing was changed");
    match dialoguer::Password::new()
        .with_prompt(prompt)
        .allow_empty_password(true)
        .interact()
    {
        Ok(pw) if pw.is_empty() => Err(cancelled()),
        Ok(pw) => Ok(pw),
        Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            Err(cancelled())
        }
        Err(e) => Err(Error::internal(format!("cannot read the password: {e}"))),
    }
}

/// Asks for a password on the terminal. A new one is checked as soon as it is typed (a
/// refusal says why and asks again) and then asked a second time (a mismatch asks again), at
/// most three times each.
fn prompt_password(prompt: &str, new: bool) -> Result<String> {
    if !new {
        return hidden_line(prompt);
    }
    let mut last = None;
    for _ in 0..PASSWORD_TRIES {
        let pw = hidden_line(prompt)?;
        if let Err(e) = crate::model::validate_password(&pw) {
            let e = Error::from(e);
            eprintln!("{}", e.message);
            last = Some(e);
            continue;
        }
        if hidden_line("Repeat the password")? == pw {
            return Ok(pw);
        }
        eprintln!("the passwords do not match; once more");
        last = Some(Error::invalid("the passwords did not match"));
    }
    Err(last.unwrap_or_else(|| Error::invalid("no acceptable password was given")))
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
            return prompt_password(prompt, new).map(Some);
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
