#!/usr/bin/env bash
# Regenerates the shell completion scripts checked in next to this file from the current
# command line definition. Run it after changing any clap `Args` or subcommand;
# `cargo test --test completions` fails while a checked-in file is stale.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

cargo build --quiet --manifest-path "$root/Cargo.toml" --bin partnerctl
target_dir="${CARGO_TARGET_DIR:-$root/target}"
bin="$target_dir/debug/partnerctl"

gen() { # shell file
    # A clean environment: the scripts must not depend on who generated them.
    env -i "$bin" completions "$1" >"$here/$2.tmp"
    mv "$here/$2.tmp" "$here/$2"
    echo "wrote completions/$2"
}

gen bash partnerctl.bash
gen zsh _partnerctl
gen fish partnerctl.fish
gen powershell _partnerctl.ps1
gen elvish partnerctl.elv
