//! Lexer snapshot tests: the token dump (with inserted semicolons marked)
//! of every file in testdata/syntax/lexer.

mod common;

use rgo::source::FileId;
use rgo::syntax::dump_tokens;

#[test]
fn lexer_snapshots() {
    for path in common::testdata("lexer") {
        let src = std::fs::read_to_string(&path).unwrap();
        let dump = dump_tokens(FileId(0), &src);
        insta::assert_snapshot!(format!("lexer_{}", common::stem(&path)), dump);
    }
}
