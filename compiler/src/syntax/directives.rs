//! This module implements gc's check that a function directive
//! (`//go:noinline`, `//go:nosplit`, ...) stands right before a function
//! declaration: one before a `package`, `import`, `var`, `const` or `type`
//! declaration, or inside a declaration group, is reported as "misplaced
//! compiler directive" at the directive's name, as gc's noder does.
//! Directives before other statements are left alone, and rgo does not
//! act on any directive.
//!
//! Directives are found by scanning the text for line comments whose text
//! starts with `go:`; a raw string holding such a line would be taken for
//! one, which no real program does.

use super::context::{self, Opener};
use super::error::SyntaxError;
use super::lexer::Spanned;
use super::token::Tok;

/// The directives gc applies to function declarations only.
const FUNC_DIRECTIVES: [&str; 13] = [
    "noinline",
    "nosplit",
    "noescape",
    "norace",
    "nocheckptr",
    "systemstack",
    "nowritebarrier",
    "nowritebarrierrec",
    "yeswritebarrierrec",
    "cgo_unsafe_args",
    "uintptrkeepalive",
    "uintptrescapes",
    "registerparams",
];

/// One error per function directive that does not precede a function.
pub fn misplaced(src: &str, tokens: &[Spanned<'_>]) -> Vec<SyntaxError> {
    let mut out = Vec::new();
    for (at, _) in src.match_indices("//go:") {
        let line_start = src[..at].rfind('\n').map_or(0, |n| n + 1);
        if !src[line_start..at].trim().is_empty() {
            continue;
        }
        let name: String = src[at + 5..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !FUNC_DIRECTIVES.contains(&name.as_str()) {
            continue;
        }
        let next = tokens.partition_point(|t| t.0 < at);
        if is_misplaced(tokens, next) {
            out.push(SyntaxError::plain(
                at + 2,
                at + 5 + name.len(),
                "misplaced compiler directive",
            ));
        }
    }
    out
}

/// Whether the token at index `i` (the first after a directive) starts a
/// declaration other than a function's.
fn is_misplaced(tokens: &[Spanned<'_>], i: usize) -> bool {
    let Some((_, tok, _)) = tokens.get(i) else {
        return false;
    };
    let in_group = context::innermost(tokens, i) == Some(Opener::Group);
    in_group
        || matches!(
            tok,
            Tok::Package | Tok::Import | Tok::Var | Tok::Const | Tok::Type
        )
}
