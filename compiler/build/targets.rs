//! Makes sure the active Rust toolchain has the musl targets the runtime is
//! built for.
//!
//! rustup installs the `targets` listed in rust-toolchain.toml only when it
//! installs the toolchain itself; a machine that already had the pinned
//! toolchain (any project pinning the same version installs it) lacks them,
//! and the nested runtime build then fails with "can't find crate for
//! `core`". So before building, every target whose standard library is
//! missing from the sysroot is added with `rustup target add`, announced by
//! a cargo warning. Where that is impossible (no rustup, no network, a
//! toolchain rustup does not manage) the build stops with one sentence
//! naming the command to run.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Why the targets could not be installed: the one sentence for the user.
pub struct MissingTarget(pub String);

/// Adds every triple of `triples` that `sysroot` lacks. `manifest_dir` is
/// where rust-toolchain.toml's override applies, for a rustup that was not
/// told the toolchain through the environment.
pub fn ensure(sysroot: &Path, triples: &[&str], manifest_dir: &Path) -> Result<(), MissingTarget> {
    for &triple in triples {
        if installed(sysroot, triple) {
            continue;
        }
        let toolchain = env::var("RUSTUP_TOOLCHAIN").ok();
        let command = add_command_text(toolchain.as_deref(), triple);
        println!("cargo:warning=the Rust target {triple} is missing; installing it: {command}");
        let added = rustup_target_add(toolchain.as_deref(), triple, manifest_dir);
        if !added || !installed(sysroot, triple) {
            return Err(MissingTarget(format!(
                "rgo needs the Rust target {triple}, which is not installed and could not be \
                 added automatically; run `{command}` and build again"
            )));
        }
    }
    Ok(())
}

/// Whether the sysroot holds the target's standard library and the musl
/// files that every link of a Go program needs.
fn installed(sysroot: &Path, triple: &str) -> bool {
    let lib = sysroot.join("lib/rustlib").join(triple).join("lib");
    let has_core = std::fs::read_dir(&lib).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("libcore-"))
    });
    has_core && lib.join("self-contained/libc.a").is_file()
}

/// The command a user would type, for the warning and the error.
fn add_command_text(toolchain: Option<&str>, triple: &str) -> String {
    match toolchain {
        Some(tc) => format!("rustup target add --toolchain {tc} {triple}"),
        None => format!("rustup target add {triple}"),
    }
}

/// Runs `rustup target add`; false when rustup is missing or fails. Its
/// output goes to the build script's stderr, which cargo shows on failure.
fn rustup_target_add(toolchain: Option<&str>, triple: &str, manifest_dir: &Path) -> bool {
    let mut cmd = Command::new(rustup_path());
    cmd.current_dir(manifest_dir).args(["target", "add"]);
    if let Some(tc) = toolchain {
        cmd.args(["--toolchain", tc]);
    }
    cmd.arg(triple)
        .stdin(Stdio::null())
        .stdout(Stdio::inherit())
        .stderr(Stdio::inherit());
    cmd.status().is_ok_and(|s| s.success())
}

/// rustup from PATH, else from cargo's home (where rustup-init puts it).
fn rustup_path() -> PathBuf {
    let on_path = env::var_os("PATH").and_then(|paths| {
        env::split_paths(&paths)
            .map(|dir| dir.join("rustup"))
            .find(|p| p.is_file())
    });
    let in_cargo_home = || {
        let home = env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
        Some(home.join("bin/rustup")).filter(|p| p.is_file())
    };
    on_path
        .or_else(in_cargo_home)
        .unwrap_or_else(|| PathBuf::from("rustup"))
}
