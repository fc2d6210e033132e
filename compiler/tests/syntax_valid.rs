//! Parser tests on valid programs: each file in testdata/syntax/valid must
//! parse without diagnostics, satisfy the span invariants, and match its
//! tree-dump snapshot.

mod common;

use rgo::source::FileId;
use rgo::syntax::{dump, parse_file};

#[test]
fn valid_files_parse_cleanly() {
    for path in common::testdata("valid") {
        let src = std::fs::read_to_string(&path).unwrap();
        let (tree, diags) = parse_file(FileId(0), &src);
        let msgs: Vec<_> = diags.iter().map(|d| &d.message).collect();
        assert!(diags.is_empty(), "{}: {msgs:?}", path.display());
        let bad = common::check_spans(&tree);
        assert!(
            bad.is_empty(),
            "{}: span invariants broken: {bad:#?}",
            path.display()
        );
        insta::assert_snapshot!(format!("valid_{}", common::stem(&path)), dump(&tree));
    }
}

#[test]
fn parse_never_panics_on_prefixes() {
    // Every prefix of every valid file is some broken program: parsing it
    // must return, with diagnostics, and never panic.
    for path in common::testdata("valid") {
        let src = std::fs::read_to_string(&path).unwrap();
        for (i, _) in src.char_indices().step_by(7) {
            let _ = parse_file(FileId(0), &src[..i]);
        }
    }
}
