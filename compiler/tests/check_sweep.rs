//! Type-checks every .go file of the installed Go distribution (src and
//! test) the way `rgo check` does and counts compiler crashes, which must
//! be zero: whatever the input (huge constants, sparse literals, huge
//! array types, broken programs), rgo answers with diagnostics. Ignored by
//! default (it takes minutes); run with
//! `cargo test --release --test check_sweep -- --ignored`. Skips cleanly
//! when the Go tree is absent.

mod common;

use common::go_files;
use std::path::Path;

const GOROOT: &str = "/usr/lib/go-1.23";

/// Checks one file on a thread of its own (with a large stack, as the
/// rgo binary's main thread has), reporting a panic as a crash.
fn crashes(path: &Path) -> Option<String> {
    let text = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&text).into_owned();
    let name = path.display().to_string();
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let _ = rgo::driver::check_source(&name, &text);
        })
        .ok()?;
    match handle.join() {
        Ok(()) => None,
        Err(e) => {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Some(format!("{}: {msg}", path.display()))
        }
    }
}

#[test]
#[ignore]
fn check_every_goroot_file_without_crashing() {
    let root = Path::new(GOROOT);
    if !root.join("src").is_dir() {
        eprintln!("{GOROOT} not found; skipping");
        return;
    }
    let mut files = Vec::new();
    go_files(&root.join("src"), &mut files);
    go_files(&root.join("test"), &mut files);
    files.sort();
    // The panic hook would print every crash twice; keep the list only.
    std::panic::set_hook(Box::new(|_| {}));
    let crashed: Vec<String> = files.iter().filter_map(|f| crashes(f)).collect();
    let _ = std::panic::take_hook();
    eprintln!("checked {} files, {} crashes", files.len(), crashed.len());
    for c in crashed.iter().take(50) {
        eprintln!("  {c}");
    }
    assert!(
        crashed.is_empty(),
        "{} files crash the checker",
        crashed.len()
    );
}
