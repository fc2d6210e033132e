//! This module implements `parse_file`: lex, parse with lalrpop (whose
//! error recovery at statement and declaration level lets one run report
//! many errors), turn every error into gc's wording, and filter them as gc
//! does: one syntax error per line, and no follow-up error at the end of
//! the file once something was reported.

use super::ast;
use super::error::{LexError, SyntaxError};
use super::grammar::FileParser;
use super::lexer::{self, Spanned};
use super::messages;
use super::token::Tok;
use crate::diag::Diagnostic;
use crate::source::{FileId, Span};
use lalrpop_util::{ErrorRecovery, ParseError};

type LalrError<'a> = ParseError<usize, super::token::Tok<'a>, LexError>;

/// Parses one Go source file. Never panics: after syntax errors the tree
/// is partial (with `ExprKind::Bad` placeholders) and every error found is
/// returned as a diagnostic, sorted by position.
pub fn parse_file(file: FileId, src: &str) -> (ast::File, Vec<Diagnostic>) {
    let lexed = lexer::lex(src);
    let mut recovered: Vec<ErrorRecovery<usize, _, LexError>> = Vec::new();
    let mut syntax: Vec<SyntaxError> = Vec::new();
    let tokens = lexed.tokens.iter().copied().map(Ok::<_, LexError>);
    let result = FileParser::new().parse(file, &mut recovered, &mut syntax, tokens);
    let mut errors: Vec<SyntaxError> = Vec::new();
    for r in recovered {
        errors.extend(convert(&lexed.tokens, src, r.error));
    }
    let tree = match result {
        Ok(tree) => tree,
        Err(e) => {
            errors.extend(convert(&lexed.tokens, src, e));
            empty_file(file, src)
        }
    };
    errors.extend(syntax);
    errors.extend(stray_clause_keywords(&lexed.tokens));
    errors.extend(super::directives::misplaced(src, &lexed.tokens));
    for e in &mut errors {
        if e.wants_token || e.snap {
            messages::fill_token(e, &lexed.tokens, src);
        }
    }
    let diags = finish(file, src, &lexed.tokens, lexed.errors, errors);
    (tree, diags)
}

fn convert(tokens: &[Spanned<'_>], src: &str, e: LalrError<'_>) -> Option<SyntaxError> {
    match e {
        ParseError::UnrecognizedToken { token, expected } => {
            Some(messages::unexpected(tokens, src, Some(token.0), &expected))
        }
        ParseError::UnrecognizedEof { expected, .. } => {
            Some(messages::unexpected(tokens, src, None, &expected))
        }
        ParseError::ExtraToken { token } => {
            Some(messages::unexpected(tokens, src, Some(token.0), &[]))
        }
        ParseError::InvalidToken { location } => {
            Some(SyntaxError::new(location, location, "invalid token"))
        }
        ParseError::User { .. } => None,
    }
}

/// `case` and `default` start a clause only after `{`, `:` or a
/// semicolon; the grammar's optional last semicolon of a statement list
/// would accept `f() case 0:`, which gc reports as "unexpected case at end
/// of statement".
fn stray_clause_keywords(tokens: &[Spanned<'_>]) -> Vec<SyntaxError> {
    let mut out = Vec::new();
    for w in tokens.windows(2) {
        let (prev, (l, tok, r)) = (&w[0].1, &w[1]);
        let starts_clause = matches!(tok, Tok::Case | Tok::Default);
        let after_separator = matches!(prev, Tok::LBrace | Tok::Colon | Tok::Semi(_));
        if starts_clause && !after_separator {
            let what = if *tok == Tok::Case { "case" } else { "default" };
            out.push(SyntaxError::new(
                *l,
                *r,
                format!("unexpected {what} at end of statement"),
            ));
        }
    }
    out
}

fn empty_file(file: FileId, src: &str) -> ast::File {
    let span = Span::new(file, 0, src.len());
    ast::File {
        package: ast::Ident {
            name: String::new(),
            span: Span::new(file, 0, 0),
        },
        imports: Vec::new(),
        decls: Vec::new(),
        span,
    }
}

/// After an error, gc's recovery skips the rest of a broken list up to its
/// closing `)` or `]`; an LR recovery resumes before it and would report
/// the closer again. It may also end a function body at a `}` that closed
/// something inside it, and then meet the body's own `}` at the top level.
/// Such follow-up errors are dropped, as is an error at the end of the
/// file while a bracket is still open (the recovery left it open).
fn is_cascade(src: &str, tokens: &[Spanned<'_>], e: &SyntaxError) -> bool {
    let byte = src.as_bytes().get(e.offset);
    let i = tokens.partition_point(|t| t.0 < e.offset);
    let top_level = super::context::innermost(tokens, i).is_none();
    if e.offset >= src.len() {
        return !top_level || e.msg.ends_with(", expected }");
    }
    (matches!(byte, Some(b')' | b']')) && e.msg.ends_with(", expected }"))
        || (byte == Some(&b'}') && !top_level && e.msg.ends_with(", expected const"))
}

/// Orders the errors and applies gc's filters.
fn finish(
    file: FileId,
    src: &str,
    tokens: &[Spanned<'_>],
    lex: Vec<LexError>,
    syntax: Vec<SyntaxError>,
) -> Vec<Diagnostic> {
    let mut syntax = syntax;
    syntax.sort_by_key(|e| e.offset);
    let mut out: Vec<Diagnostic> = lex.iter().map(|e| e.to_diagnostic(file, src)).collect();
    let mut last_line = None;
    let mut seen_any = !lex.is_empty();
    for e in syntax {
        let line = src[..e.offset.min(src.len())]
            .bytes()
            .filter(|&b| b == b'\n')
            .count();
        if !e.plain {
            if last_line == Some(line) || (seen_any && is_cascade(src, tokens, &e)) {
                continue;
            }
            last_line = Some(line);
        }
        seen_any = true;
        out.push(e.to_diagnostic(file));
    }
    crate::diag::sort_and_dedup(&mut out);
    out
}
