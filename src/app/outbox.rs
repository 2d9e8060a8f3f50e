//! Files that speak of database rows (invitation e-mails) appear only after the commit.
//!
//! Each message is written and fsynced under a hidden temporary name beside its final name
//! *before* the write transaction (so the write lock is never held for disk syncs), and moved
//! into place only after the commit. A process killed before the commit leaves only staged
//! files, which name no message anyone can send; one killed after the commit but before the
//! move leaves staged files of invites that exist. The next run that writes into the same
//! place finishes the move for committed invites and removes the rest ([`recover`]).

use std::ffi::OsString;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The suffix of a staged message: `.NAME.INVITE_ID.partial`.
const STAGED_SUFFIX: &str = ".partial";

struct Staged {
    id: String,
    temp: PathBuf,
    path: PathBuf,
}

/// Messages staged for one command, keyed by the id of the row they speak of.
pub struct Outbox {
    staged: Vec<Staged>,
    /// What the commit made, for the message of a move that failed after it.
    committed: &'static str,
}

impl Default for Outbox {
    fn default() -> Outbox {
        Outbox::for_what(INVITE_CREATED)
    }
}

const INVITE_CREATED: &str = "the invite was created";

/// The hidden temporary name of the message for `id` that will become `path`.
pub fn staged_name(path: &Path, id: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{id}{STAGED_SUFFIX}"))
}

fn cannot_write(path: &Path, e: std::io::Error) -> Error {
    Error::internal(format!("cannot write {}: {e}", path.display()))
}

impl Outbox {
    pub fn new() -> Outbox {
        Outbox::default()
    }

    /// An outbox whose messages speak of something other than invites: `committed` says what
    /// the commit made (e.g. "the notification was recorded") in the message of a move that
    /// fails after it.
    pub fn for_what(committed: &'static str) -> Outbox {
        Outbox {
            staged: Vec::new(),
            committed,
        }
    }

    /// Writes `text` (owner-only, fsynced) under the staged name of `path`. An existing `path`
    /// is a conflict: a message is never written over another file.
    pub fn stage(&mut self, path: &Path, id: &str, text: &str) -> Result<()> {
        if path.exists() {
            return Err(Error::conflict(format!(
                "{} already exists; choose a new file",
                path.display()
            )));
        }
        let temp = staged_name(path, id);
        write_staged(&temp, text.as_bytes())?;
        self.staged.push(Staged {
            id: id.to_string(),
            temp,
            path: path.to_path_buf(),
        });
        Ok(())
    }

    /// After the commit: moves the messages of `committed` rows into place (never over an
    /// existing file) and removes the others.
    pub fn publish(self, committed: &dyn Fn(&str) -> bool) -> Result<()> {
        let mut first_error = None;
        let mut dirs = Vec::new();
        for s in self.staged {
            if committed(&s.id) {
                if let Err(e) = move_into_place(&s.temp, &s.path, self.committed) {
                    first_error.get_or_insert(e);
                }
                if let Some(d) = s.path.parent() {
                    if !dirs.contains(&d.to_path_buf()) {
                        dirs.push(d.to_path_buf());
                    }
                }
            } else {
                let _ = std::fs::remove_file(&s.temp);
            }
        }
        for d in dirs {
            sync_dir(&d);
        }
        first_error.map_or(Ok(()), Err)
    }

    /// After the transaction, whatever came of it: on success the messages of the rows
    /// `committed` names move into place ([`Outbox::publish`]) and the value is returned; on a
    /// failure every staged message goes and the error is returned.
    pub fn settle<T>(self, result: Result<T>, committed: &dyn Fn(&str) -> bool) -> Result<T> {
        match result {
            Ok(v) => {
                self.publish(committed)?;
                Ok(v)
            }
            Err(e) => {
                self.discard();
                Err(e)
            }
        }
    }

    /// Removes every staged message (the transaction failed or was a dry run).
    pub fn discard(self) {
        for s in self.staged {
            let _ = std::fs::remove_file(&s.temp);
        }
    }
}

/// `--email-out FILE` before anything is written: it needs a recipient, and never replaces
/// a file.
pub fn check_email_out(path: Option<&Path>, email_to: Option<&str>) -> Result<()> {
    if path.is_some() && email_to.is_none() {
        return Err(Error::invalid(
            "--email-out needs --email-to ADDR (the message's recipient)",
        ));
    }
    if let Some(p) = path {
        if p.exists() {
            return Err(Error::conflict(format!(
                "{} already exists; choose a new --email-out file",
                p.display()
            )));
        }
    }
    Ok(())
}

/// Writes `bytes` to a new owner-only file `temp` (a staged name, see [`staged_name`]) and
/// syncs it; on a failure the partial file is removed.
pub fn write_staged(temp: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(temp)
        .map_err(|e| cannot_write(temp, e))?;
    if let Err(e) = file.write_all(bytes).and_then(|()| file.sync_all()) {
        let _ = std::fs::remove_file(temp);
        return Err(cannot_write(temp, e));
    }
    Ok(())
}

/// A hard link, then the temporary name removed: the final name appears whole, and an existing
/// file is never replaced.
fn move_into_place(temp: &Path, path: &Path, committed: &str) -> Result<()> {
    std::fs::hard_link(temp, path).map_err(|e| {
        Error::internal(format!(
            "{committed}, but its message could not be moved to {}: {e}; it is in {}",
            path.display(),
            temp.display()
        ))
    })?;
    let _ = std::fs::remove_file(temp);
    Ok(())
}

/// Syncs a directory, so that a name just made in it lasts (best effort).
pub fn sync_dir(dir: &Path) {
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// Finishes what an interrupted run left in `dir`: a staged message whose row was committed
/// (`committed(id)`) is moved into place, any other is removed. Returns how many were moved.
pub fn recover(dir: &Path, committed: &mut dyn FnMut(&str) -> Result<bool>) -> Result<usize> {
    recover_matching(dir, INVITE_CREATED, &|_| true, committed)
}

/// [`recover`] for the staged messages whose final name `ours` accepts (a command leaves the
/// other commands' messages in a shared directory alone); `what` is as in
/// [`Outbox::for_what`].
pub fn recover_matching(
    dir: &Path,
    what: &str,
    ours: &dyn Fn(&str) -> bool,
    committed: &mut dyn FnMut(&str) -> Result<bool>,
) -> Result<usize> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(0);
    };
    let mut moved = 0;
    for entry in entries.flatten() {
        let name: OsString = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some((final_name, id)) = parse_staged(name).filter(|(n, _)| ours(n)) else {
            continue;
        };
        let temp = entry.path();
        if committed(id)? {
            let path = dir.join(final_name);
            if !path.exists() {
                move_into_place(&temp, &path, what)?;
                moved += 1;
                continue;
            }
        }
        let _ = std::fs::remove_file(&temp);
    }
    if moved > 0 {
        sync_dir(dir);
    }
    Ok(moved)
}

/// `.NAME.ID.partial` → (`NAME`, `ID`), for ids of our own shape (uuid).
fn parse_staged(name: &str) -> Option<(&str, &str)> {
    let rest = name.strip_prefix('.')?.strip_suffix(STAGED_SUFFIX)?;
    let (final_name, id) = rest.rsplit_once('.')?;
    let uuid_like = id.len() == 36 && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-');
    (uuid_like && !final_name.is_empty()).then_some((final_name, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staged_names_round_trip() {
        let id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
        let p = staged_name(Path::new("/x/invite-00002-a.example.eml"), id);
        let n = p.file_name().unwrap().to_str().unwrap();
        assert_eq!(parse_staged(n), Some(("invite-00002-a.example.eml", id)));
        assert_eq!(parse_staged("invite.eml"), None);
        assert_eq!(parse_staged(".x.notanid.partial"), None);
    }
}
