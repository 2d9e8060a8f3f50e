use std::io::Write;

use clap::Parser;
use partnerctl::cli::{self, Cli};
use partnerctl::output::Format;

fn main() {
    let cli = Cli::parse();
    let json = cli.global.output == Format::Json;
    let code = match cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "error: {}", e.message);
            if json {
                let obj = serde_json::json!({
                    "error": { "code": e.kind.code(), "message": e.message, "reason": e.reason }
                });
                let _ = writeln!(err, "{obj}");
            }
            e.kind.exit_code()
        }
    };
    std::process::exit(code);
}
