//! This module implements the little context analysis that lets an LR
//! parse error be worded as gc words it. gc's recursive-descent parser
//! knows which list it is in ("in argument list", "in composite literal");
//! lalrpop only gives the unexpected token and the set of expected ones.
//! The innermost unclosed bracket before the error, classified by the
//! tokens in front of it, supplies the missing context.

use super::lexer::Spanned;
use super::token::Tok;

/// What an unclosed bracket opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opener {
    Params,
    Args,
    Paren,
    Group,
    Bracket,
    Struct,
    Interface,
    /// A `{` that is a block or a composite literal (the expected set
    /// tells them apart).
    Brace,
}

impl Opener {
    pub fn closer(self) -> &'static str {
        match self {
            Opener::Params | Opener::Args | Opener::Paren | Opener::Group => ")",
            Opener::Bracket => "]",
            Opener::Struct | Opener::Interface | Opener::Brace => "}",
        }
    }
}

/// The innermost bracket still open before token index `end`.
pub fn innermost(tokens: &[Spanned<'_>], end: usize) -> Option<Opener> {
    let mut stack: Vec<Opener> = Vec::new();
    for i in 0..end.min(tokens.len()) {
        match tokens[i].1 {
            Tok::LParen => {
                let kind = paren_kind(tokens, i, &stack);
                stack.push(kind);
            }
            Tok::LBrack => stack.push(Opener::Bracket),
            Tok::LBrace => stack.push(brace_kind(tokens, i)),
            Tok::RParen => pop_to(&mut stack, ")"),
            Tok::RBrack => pop_to(&mut stack, "]"),
            Tok::RBrace => pop_to(&mut stack, "}"),
            _ => {}
        }
    }
    stack.pop()
}

/// Closes the innermost bracket of the matching kind, dropping unclosed
/// brackets of other kinds inside it (broken code leaves those behind).
fn pop_to(stack: &mut Vec<Opener>, closer: &str) {
    if let Some(k) = stack.iter().rposition(|o| o.closer() == closer) {
        stack.truncate(k);
    }
}

fn prev<'a>(tokens: &[Spanned<'a>], i: usize, back: usize) -> Option<Tok<'a>> {
    i.checked_sub(back).map(|j| tokens[j].1)
}

fn paren_kind(tokens: &[Spanned<'_>], i: usize, stack: &[Opener]) -> Opener {
    let p1 = prev(tokens, i, 1);
    let p2 = prev(tokens, i, 2);
    match (p2, p1) {
        (_, Some(Tok::Func)) => Opener::Params,
        (Some(Tok::Func), Some(Tok::Ident(_))) => Opener::Params,
        (_, Some(Tok::Import | Tok::Var | Tok::Const | Tok::Type)) => Opener::Group,
        (_, Some(Tok::RParen)) if closes_params(tokens, i - 1) => Opener::Params,
        (_, Some(Tok::Ident(_))) if method_name_after_recv(tokens, i) => Opener::Params,
        (_, Some(Tok::RBrack)) if closes_tparams(tokens, i - 1) => Opener::Params,
        (_, Some(t)) if ends_operand(t) => Opener::Args,
        _ if stack.last() == Some(&Opener::Interface) => Opener::Params,
        _ => Opener::Paren,
    }
}

fn ends_operand(t: Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Ident(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Char(_)
            | Tok::Str(_)
            | Tok::RParen
            | Tok::RBrack
            | Tok::RBrace
    )
}

/// Index of the bracket that opens the group closed at `close`.
fn matching_open(tokens: &[Spanned<'_>], close: usize) -> Option<usize> {
    let mut depth = 0i32;
    for j in (0..=close).rev() {
        match tokens[j].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the `)` at `close` ends a parameter list (so a `(` after it
/// opens the results).
fn closes_params(tokens: &[Spanned<'_>], close: usize) -> bool {
    matching_open(tokens, close).is_some_and(|open| {
        let p1 = prev(tokens, open, 1);
        let p2 = prev(tokens, open, 2);
        matches!(p1, Some(Tok::Func))
            || matches!((p2, p1), (Some(Tok::Func), Some(Tok::Ident(_))))
            || (matches!(p1, Some(Tok::RBrack)) && closes_tparams(tokens, open - 1))
    })
}

/// `func (r T) Name(`: the `(` after a method name.
pub fn method_name_after_recv(tokens: &[Spanned<'_>], i: usize) -> bool {
    i >= 2
        && tokens[i - 2].1 == Tok::RParen
        && matching_open(tokens, i - 2)
            .is_some_and(|o| matches!(prev(tokens, o, 1), Some(Tok::Func)))
}

fn closes_tparams(tokens: &[Spanned<'_>], close: usize) -> bool {
    matching_open(tokens, close).is_some_and(|open| {
        matches!(
            (prev(tokens, open, 2), prev(tokens, open, 1)),
            (Some(Tok::Func), Some(Tok::Ident(_)))
        )
    })
}

fn brace_kind(tokens: &[Spanned<'_>], i: usize) -> Opener {
    match prev(tokens, i, 1) {
        Some(Tok::Struct) => Opener::Struct,
        Some(Tok::Interface) => Opener::Interface,
        _ => Opener::Brace,
    }
}

/// Whether the token before index `i` has the same kind as `kw`.
pub fn prev_is(tokens: &[Spanned<'_>], i: usize, kw: Tok<'_>) -> bool {
    prev(tokens, i, 1).is_some_and(|t| std::mem::discriminant(&t) == std::mem::discriminant(&kw))
}

/// The token `back` places before index `i`.
pub fn prev_tok<'a>(tokens: &[Spanned<'a>], i: usize, back: usize) -> Option<Tok<'a>> {
    prev(tokens, i, back)
}

/// The keyword of the if, for or switch header that token index `i` is
/// in, with the number of semicolons of the header before `i`; None when
/// `i` is not in such a header (a block or list opens first).
pub fn header_keyword<'a>(tokens: &[Spanned<'a>], i: usize) -> Option<(Tok<'a>, usize)> {
    let mut depth = 0usize;
    let mut semis = 0;
    for j in (0..i.min(tokens.len())).rev() {
        match tokens[j].1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace if depth == 0 => return None,
            Tok::LParen | Tok::LBrack | Tok::LBrace => depth -= 1,
            // A semicolon after a block ends an earlier statement; a
            // header has at most two.
            Tok::Semi(_)
                if depth == 0 && (semis == 2 || j > 0 && tokens[j - 1].1 == Tok::RBrace) =>
            {
                return None;
            }
            Tok::Semi(_) if depth == 0 => semis += 1,
            t @ (Tok::If | Tok::For | Tok::Switch) if depth == 0 => return Some((t, semis)),
            _ => {}
        }
    }
    None
}
