//! Where files live: the default database and the per-database session files.

use std::fs;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::PathBuf;

use directories::ProjectDirs;

use super::secrets::sha256_hex;
use crate::error::{Error, Result};
use crate::store::Location;

fn project() -> Result<ProjectDirs> {
    ProjectDirs::from("", "", "partnerctl")
        .ok_or_else(|| Error::internal("cannot find a home directory; set HOME or pass --db PATH"))
}

/// The platform data dir, e.g. `~/.local/share/partnerctl/partnerctl.db`.
pub fn default_db() -> Result<PathBuf> {
    Ok(project()?.data_dir().join("partnerctl.db"))
}

fn state_dir() -> Result<PathBuf> {
    let p = project()?;
    Ok(p.state_dir().unwrap_or_else(|| p.data_dir()).to_path_buf())
}

/// The session file of one database: the user's state dir, keyed by the database's
/// canonical path, so each database has its own sign-in.
pub fn session_file(db: &Location) -> Result<PathBuf> {
    let key = sha256_hex(&db.identity());
    Ok(state_dir()?
        .join("sessions")
        .join(format!("{}.token", &key[..32])))
}

pub fn read_session_token(db: &Location) -> Result<Option<String>> {
    let path = session_file(db)?;
    match fs::read_to_string(&path) {
        Ok(s) => Ok(Some(s.trim().to_string()).filter(|t| !t.is_empty())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::internal(format!(
            "cannot read {}: {e}",
            path.display()
        ))),
    }
}

/// Writes the raw token to a 0600 file in a 0700 directory.
pub fn write_session_token(db: &Location, token: &str) -> Result<PathBuf> {
    let path = session_file(db)?;
    let dir = path.parent().ok_or_else(|| {
        Error::internal(format!(
            "the session file {} has no directory",
            path.display()
        ))
    })?;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::internal(format!("cannot create {}: {e}", dir.display())))?;
    let tmp = dir.join(format!(".{}.tmp", std::process::id()));
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| Error::internal(format!("cannot write {}: {e}", tmp.display())))?;
    f.set_permissions(fs::Permissions::from_mode(0o600))?;
    f.write_all(token.as_bytes())?;
    f.sync_all()?;
    fs::rename(&tmp, &path)?;
    Ok(path)
}

pub fn remove_session_token(db: &Location) -> Result<()> {
    let path = session_file(db)?;
    match fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::internal(format!(
            "cannot remove {}: {e}",
            path.display()
        ))),
    }
}
