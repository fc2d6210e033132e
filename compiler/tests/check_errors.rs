//! This test implements the error-check harness for the type checker:
//! every `testdata/check/*.go` carries `// ERROR "regexp"` comments (Go's
//! test-suite convention, produced from gc's output by
//! `testdata/check/annotate.py`) on exactly the lines where gc reports an
//! error. The test checks that rgo reports an error on each such line
//! matching each pattern, and no error anywhere else. Rendered
//! diagnostics are snapshotted so a reviewer sees source and message.

use regex::Regex;
use std::path::Path;

/// The `// ERROR "a" "b"` patterns of each line (1-based).
fn expectations(src: &str) -> Vec<(u32, Vec<Regex>)> {
    let quoted = Regex::new(r#""((?:[^"\\]|\\.)*)""#).unwrap();
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let Some((_, tail)) = line.split_once("// ERROR ") else {
            continue;
        };
        let pats = quoted
            .captures_iter(tail)
            .map(|c| Regex::new(&unescape(&c[1])).expect("valid ERROR regexp"))
            .collect();
        out.push((i as u32 + 1, pats));
    }
    out
}

/// Undoes Go-style `\"` and `\\` escapes inside the quoted pattern.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn check_file(path: &Path) -> Vec<String> {
    let src = std::fs::read_to_string(path).unwrap();
    let name = format!("./{}", path.file_name().unwrap().to_string_lossy());
    let (map, diags) = rgo::driver::check_source(&name, &src);
    let got: Vec<(u32, String)> = diags
        .iter()
        .map(|d| {
            (
                map.position(d.span).line,
                d.message.lines().next().unwrap_or("").to_string(),
            )
        })
        .collect();
    let want = expectations(&src);
    let mut problems = Vec::new();
    for (line, pats) in &want {
        for p in pats {
            if !got.iter().any(|(l, m)| l == line && p.is_match(m)) {
                problems.push(format!(
                    "{name}:{line}: missing error matching {:?}",
                    p.as_str()
                ));
            }
        }
    }
    for (line, msg) in &got {
        let expected = want
            .iter()
            .any(|(l, pats)| l == line && pats.iter().any(|p| p.is_match(msg)));
        if !expected {
            problems.push(format!("{name}:{line}: unexpected error: {msg}"));
        }
    }
    if problems.is_empty() {
        let rendered = rgo::diag::render_all(&map, &diags, true, false, 10);
        insta::assert_snapshot!(
            format!("check_{}", path.file_stem().unwrap().to_string_lossy()),
            rendered
        );
    }
    problems
}

#[test]
fn type_errors_match_gc() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/check");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "expected the check programs in {}",
        dir.display()
    );
    let problems: Vec<String> = files.iter().flat_map(|f| check_file(f)).collect();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
