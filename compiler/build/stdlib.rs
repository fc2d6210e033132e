//! This module implements the generation of the standard package table:
//! every directory under stdlib/ holding .go files (test files excluded)
//! is a package whose import path is the directory's path below stdlib/,
//! and `$OUT_DIR/stdlib_packages.rs` lists them, sorted, with their files
//! embedded by `include_str!`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub fn build() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../stdlib");
    println!("cargo::rerun-if-changed={}", root.display());
    let mut packages = Vec::new();
    collect(&root, &root, &mut packages);
    packages.sort();
    let mut out = String::from("&[\n");
    for (path, files) in &packages {
        writeln!(out, "    ({path:?}, &[").unwrap();
        for file in files {
            let name = file.file_name().unwrap().to_string_lossy();
            let abs = file.canonicalize().unwrap();
            writeln!(
                out,
                "        ({name:?}, include_str!({:?})),",
                abs.display()
            )
            .unwrap();
        }
        out.push_str("    ]),\n");
    }
    out.push(']');
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("stdlib_packages.rs");
    std::fs::write(dest, out).unwrap();
}

/// Adds the package in `dir` (if it has Go files) and those below it.
fn collect(root: &Path, dir: &Path, packages: &mut Vec<(String, Vec<PathBuf>)>) {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => return,
    };
    entries.sort();
    let mut files = Vec::new();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, packages);
        } else if is_package_file(&path) {
            println!("cargo::rerun-if-changed={}", path.display());
            files.push(path);
        }
    }
    if !files.is_empty() {
        let rel = dir
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        packages.push((rel, files));
    }
}

fn is_package_file(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.ends_with(".go") && !name.ends_with("_test.go")
}
