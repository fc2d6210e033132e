//! Parses every .go file of the installed Go distribution (src and test)
//! that gofmt accepts, and reports the acceptance rate. Ignored by default;
//! run with `cargo test --release -- --ignored goroot`. Skips cleanly when
//! the Go tree is absent.

use rgo::source::FileId;
use rgo::syntax::parse_file;
use std::collections::HashSet;
mod common;

use common::go_files;
use std::path::{Path, PathBuf};
use std::process::Command;

const GOROOT: &str = "/usr/lib/go-1.23";

/// Files gofmt rejects (it prints `path:line:col: msg` for each error).
fn gofmt_rejects(dir: &Path) -> HashSet<PathBuf> {
    let gofmt = Path::new(GOROOT).join("bin/gofmt");
    let Ok(out) = Command::new(gofmt).arg("-l").arg("-e").arg(dir).output() else {
        return HashSet::new();
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    stderr
        .lines()
        .filter_map(|l| l.split(':').next())
        .map(PathBuf::from)
        .collect()
}

fn check_tree(root: &Path) -> (usize, usize, Vec<String>) {
    let mut files = Vec::new();
    go_files(root, &mut files);
    let rejected = gofmt_rejects(root);
    let (mut total, mut ok, mut failures) = (0, 0, Vec::new());
    for f in files.iter().filter(|f| !rejected.contains(*f)) {
        let Ok(text) = std::fs::read_to_string(f) else {
            continue;
        };
        total += 1;
        let (_, diags) = parse_file(FileId(0), &text);
        if diags.is_empty() {
            ok += 1;
        } else {
            failures.push(format!("{}: {}", f.display(), diags[0].message));
        }
    }
    (total, ok, failures)
}

#[test]
#[ignore]
fn goroot() {
    if !Path::new(GOROOT).join("src").is_dir() {
        eprintln!("{GOROOT} not found; skipping");
        return;
    }
    for sub in ["src", "test"] {
        let (total, ok, failures) = check_tree(&Path::new(GOROOT).join(sub));
        for f in failures.iter().take(40) {
            println!("FAIL {f}");
        }
        let rate = 100.0 * ok as f64 / total.max(1) as f64;
        println!("{GOROOT}/{sub}: accepted {ok}/{total} = {rate:.2}%");
    }
}
