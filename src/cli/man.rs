//! `partnerctl man --out DIR`: one man page per command and subcommand.

use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};

use super::Global;

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// The directory to write the pages to (created if missing)
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

#[derive(Debug, Serialize)]
pub struct ManView {
    pub dir: String,
    pub pages: Vec<String>,
}

/// Writes the page of `cmd` (named `name`, e.g. `partnerctl-tenants-create`) and of every
/// subcommand below it.
fn write_pages(cmd: &clap::Command, name: &str, dir: &Path, pages: &mut Vec<String>) -> Result<()> {
    // clap names are `&'static str` without its `string` feature; this runs once per page
    // in a short-lived process.
    let cmd = cmd
        .clone()
        .name(&*Box::leak(name.to_string().into_boxed_str()));
    let file = format!("{name}.1");
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone())
        .render(&mut buf)
        .map_err(|e| Error::internal(format!("cannot render {file}: {e}")))?;
    buf.extend_from_slice(super::man_sections::render(name).as_bytes());
    std::fs::write(dir.join(&file), buf)
        .map_err(|e| Error::internal(format!("cannot write {}: {e}", dir.join(&file).display())))?;
    pages.push(file);
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir, pages)?;
    }
    Ok(())
}

pub fn run(g: &Global, a: ManArgs) -> Result<i32> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o755)
        .create(&a.out)
        .map_err(|e| Error::internal(format!("cannot create {}: {e}", a.out.display())))?;
    let mut cmd = super::command();
    cmd.build();
    let mut pages = Vec::new();
    write_pages(&cmd, "partnerctl", &a.out, &mut pages)?;
    let v = ManView {
        dir: a.out.display().to_string(),
        pages,
    };
    g.out().emit(&[], &v, |v| {
        format!("wrote {} man pages to {}", v.pages.len(), v.dir)
    })?;
    Ok(0)
}
