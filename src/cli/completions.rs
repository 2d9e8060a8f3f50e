use clap_complete::Shell;

use crate::error::Result;

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: Shell,
}

/// The completion script for `shell`, as checked in under `completions/`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = super::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "partnerctl", &mut buf);
    buf
}

#[derive(serde::Serialize)]
struct ScriptView {
    shell: String,
    script: String,
}

pub fn run(g: &super::Global, a: CompletionsArgs) -> Result<i32> {
    use std::io::Write;
    if g.out().json() {
        let v = ScriptView {
            shell: a.shell.to_string(),
            script: String::from_utf8_lossy(&script(a.shell)).into_owned(),
        };
        g.out().emit(&[], &v, |v| v.script.clone())?;
        return Ok(0);
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(&script(a.shell)) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(0),
    }
}
