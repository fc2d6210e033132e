//! Syntax-error tests in the convention of Go's test suite: each file in
//! testdata/syntax/invalid marks the lines where gc reports an error with
//! `// ERROR "regexp"`. Exactly those lines must get a diagnostic matching
//! the regexp. The rendered diagnostics (with source snippets) are also
//! snapshotted so a reviewer sees message and source together.

mod common;

use regex::Regex;
use rgo::diag::render_all;
use rgo::source::SourceMap;
use rgo::syntax::literal::unquote_string;
use rgo::syntax::parse_file;
use std::collections::BTreeMap;

/// The expected error patterns by line (1-based).
fn expectations(src: &str) -> BTreeMap<u32, Vec<Regex>> {
    let quoted = Regex::new(r#""(?:[^"\\]|\\.)*"|`[^`]*`"#).unwrap();
    let mut out = BTreeMap::new();
    for (i, line) in src.lines().enumerate() {
        let Some(pos) = line.find("// ERROR ") else {
            continue;
        };
        let pats = quoted
            .find_iter(&line[pos + 9..])
            .map(|m| {
                let text = String::from_utf8(unquote_string(m.as_str()).unwrap()).unwrap();
                Regex::new(&text).unwrap()
            })
            .collect();
        out.insert(i as u32 + 1, pats);
    }
    out
}

#[test]
fn invalid_files_report_gc_errors() {
    let files = common::testdata("invalid");
    assert!(files.len() >= 30, "expected at least 30 invalid files");
    let mut failures = Vec::new();
    for path in files {
        let src = std::fs::read_to_string(&path).unwrap();
        let mut map = SourceMap::new();
        let name = format!("{}.go", common::stem(&path));
        let id = map.add(name.clone(), src.clone());
        let (_, diags) = parse_file(id, &src);
        let mut got: BTreeMap<u32, Vec<String>> = BTreeMap::new();
        for d in &diags {
            let line = map.position(d.span).line;
            got.entry(line).or_default().push(d.message.clone());
        }
        let want = expectations(&src);
        for (line, pats) in &want {
            let msgs = got.get(line).cloned().unwrap_or_default();
            for p in pats {
                if !msgs.iter().any(|m| p.is_match(m)) {
                    failures.push(format!(
                        "{name}:{line}: no error matching {p:?}; got {msgs:?}"
                    ));
                }
            }
        }
        for (line, msgs) in &got {
            if !want.contains_key(line) {
                failures.push(format!("{name}:{line}: unexpected errors {msgs:?}"));
            }
        }
        let rendered = render_all(&map, &diags, true, false, 10);
        insta::assert_snapshot!(format!("invalid_{}", common::stem(&path)), rendered);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
