//! This module implements Go's tokens with logos. The enum is shared by the
//! raw scanner and the parser: a few variants (`Newline`, `Comment`,
//! `Number`) only exist between logos and the wrapper in lexer.rs, which
//! turns them into semicolons or literal tokens, or drops them. Literals
//! and numbers are scanned by the hand-written functions in scan.rs so that
//! malformed ones get gc's error messages; those errors go to `extras`.

use super::error::{LexError, LexErrorKind};
use super::scan::{self, NumKind, Scanned};
use logos::{Lexer, Logos};

/// How a semicolon came to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// Written in the source.
    Explicit,
    /// Inserted at a newline (or a block comment spanning lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(extras = Vec<LexError>)]
#[logos(skip r"[ \t\r]+")]
pub enum Tok<'a> {
    // Internal tokens, consumed by the wrapper lexer.
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", |_| false, allow_greedy = true)]
    #[token("/*", block_comment)]
    Comment(bool),
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(NumKind),

    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*")]
    Ident(&'a str),
    Int(&'a str),
    Float(&'a str),
    Imag(&'a str),
    #[token("'", rune)]
    Char(&'a str),
    #[token("\"", string)]
    #[token("`", raw_string)]
    Str(&'a str),

    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(":")]
    Colon,
    #[token(";", |_| SemiKind::Explicit)]
    Semi(SemiKind),
}

type Lex<'a> = Lexer<'a, Tok<'a>>;

/// Moves the lexer to the end of a token scanned by hand and records the
/// token's errors.
fn finish<'a, K>(lex: &mut Lex<'a>, s: Scanned<K>) -> K {
    let start = lex.span().start;
    let already = lex.span().len();
    lex.bump(s.len.saturating_sub(already));
    for (at, kind) in s.errors {
        lex.extras.push(LexError {
            offset: start + at,
            kind,
        });
    }
    s.kind
}

fn rest<'a>(lex: &Lex<'a>) -> &'a str {
    &lex.source()[lex.span().start..]
}

fn number<'a>(lex: &mut Lex<'a>) -> NumKind {
    let s = scan::number(rest(lex));
    finish(lex, s)
}

fn block_comment<'a>(lex: &mut Lex<'a>) -> bool {
    let s = scan::block_comment(rest(lex));
    finish(lex, s)
}

fn rune<'a>(lex: &mut Lex<'a>) -> &'a str {
    let s = scan::rune(rest(lex));
    finish(lex, s);
    lex.slice()
}

fn string<'a>(lex: &mut Lex<'a>) -> &'a str {
    let s = scan::string(rest(lex));
    finish(lex, s);
    lex.slice()
}

fn raw_string<'a>(lex: &mut Lex<'a>) -> &'a str {
    let s = scan::raw_string(rest(lex));
    finish(lex, s);
    lex.slice()
}

/// Records an invalid character found by logos (no token matches it).
/// gc's scanner takes any non-ASCII character into an identifier, with an
/// error; the result says whether `c` became (part of) one. A byte order
/// mark is skipped (`lexer::bom_errors` reports it).
pub fn invalid_char(lex: &mut Lex<'_>) -> bool {
    let start = lex.span().start;
    let c = lex.source()[start..].chars().next().unwrap_or('\u{FFFD}');
    let kind = match c {
        '\u{FEFF}' => return false,
        c if c.is_ascii() => LexErrorKind::InvalidChar(c),
        c if c.is_numeric() => LexErrorKind::IdentStartsWithDigit(c),
        c => LexErrorKind::InvalidIdentChar(c),
    };
    lex.extras.push(LexError {
        offset: start,
        kind,
    });
    !c.is_ascii()
}

impl Tok<'_> {
    /// Whether a newline after this token inserts a semicolon.
    pub fn ends_statement(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Ident(_)
                | Int(_)
                | Float(_)
                | Imag(_)
                | Char(_)
                | Str(_)
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }
}
