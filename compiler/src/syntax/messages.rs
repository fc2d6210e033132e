//! This module implements the wording of syntax errors. An LR parse error
//! (the unexpected token and the terminals the parser would have accepted)
//! is turned into the message gc's recursive-descent parser prints at the
//! same place, e.g. `unexpected name y at end of statement`, `unexpected
//! newline in argument list; possibly missing comma or )`, `unexpected },
//! expected expression`. The rules below are checked, in order, against
//! the expected set and the bracket context from context.rs.

use super::context::{self, Opener};
use super::error::SyntaxError;
use super::lexer::Spanned;
use super::token::{SemiKind, Tok};

/// gc's description of a token in "unexpected X".
pub fn describe(tok: Option<&Tok<'_>>, text: &str) -> String {
    use Tok::*;
    match tok {
        None | Some(Semi(SemiKind::Eof)) => "EOF".into(),
        Some(Semi(SemiKind::Newline)) => "newline".into(),
        Some(Semi(SemiKind::Explicit)) => "semicolon".into(),
        Some(Ident(n)) => format!("name {n}"),
        Some(Int(s) | Float(s) | Imag(s) | Char(s) | Str(s)) => format!("literal {s}"),
        Some(Comma) => "comma".into(),
        Some(_) => text.to_string(),
    }
}

fn index_at(tokens: &[Spanned<'_>], offset: usize) -> usize {
    tokens.partition_point(|t| t.0 < offset)
}

fn describe_at(tokens: &[Spanned<'_>], src: &str, i: usize) -> String {
    match tokens.get(i) {
        Some((l, t, r)) => describe(Some(t), &src[*l..*r]),
        None => describe(None, ""),
    }
}

/// Completes an error raised by a grammar helper whose message continues
/// "unexpected X", X being the token at the error's offset.
pub fn fill_token(e: &mut SyntaxError, tokens: &[Spanned<'_>], src: &str) {
    if !e.wants_token {
        let i = index_at(tokens, e.offset);
        if e.msg.contains(super::stmt_helpers::HEADER_KEYWORD) {
            let kw = match context::prev_tok(tokens, i, 2) {
                Some(Tok::Switch) => "switch",
                _ => "if",
            };
            e.msg = e.msg.replace(super::stmt_helpers::HEADER_KEYWORD, kw);
        }
        if let Some(t) = tokens.get(i) {
            e.offset = t.0;
            e.end = t.2;
        }
        e.snap = false;
        return;
    }
    let i = index_at(tokens, e.offset);
    let what = describe_at(tokens, src, i);
    e.msg = join(&what, &e.msg);
    if let Some(t) = tokens.get(i) {
        e.offset = t.0;
        e.end = t.2;
    }
    e.wants_token = false;
}

fn join(what: &str, msg: &str) -> String {
    if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
        format!("unexpected {what} {msg}")
    } else {
        format!("unexpected {what}, {msg}")
    }
}

/// The expected set, without lalrpop's quotes.
struct Expected(Vec<String>);

impl Expected {
    fn has(&self, t: &str) -> bool {
        self.0.iter().any(|e| e == t)
    }

    fn any_statement(&self) -> bool {
        self.has("if") && self.has("return")
    }

    fn any_operand(&self) -> bool {
        self.has("int literal")
    }
}

/// Words the parse error at token start `at` (None: end of input).
pub fn unexpected(
    tokens: &[Spanned<'_>],
    src: &str,
    at: Option<usize>,
    expected: &[String],
) -> SyntaxError {
    let exp = Expected(
        expected
            .iter()
            .map(|e| e.trim_matches('"').to_string())
            .collect(),
    );
    if std::env::var_os("RGO_DEBUG_EXPECTED").is_some() {
        eprintln!("parse error at {at:?}: expected {:?}", exp.0);
    }
    let i = at.map_or(tokens.len(), |o| index_at(tokens, o));
    let (l, r) = tokens.get(i).map_or((src.len(), src.len()), |t| (t.0, t.2));
    let what = describe_at(tokens, src, i);
    let tok = tokens.get(i).map(|t| t.1);
    if let Some(e) = interface_method_tparams(tokens, i) {
        return e;
    }
    if let Some(e) = special(tokens, i, tok, &what, &exp) {
        let (l, r) = if e.1 {
            next_span(tokens, i, src)
        } else {
            (l, r)
        };
        return SyntaxError::new(l, r, e.0);
    }
    let msg = general(tokens, i, &exp);
    SyntaxError::new(l, r, join(&what, &msg))
}

fn next_span(tokens: &[Spanned<'_>], i: usize, src: &str) -> (usize, usize) {
    tokens
        .get(i + 1)
        .map_or((src.len(), src.len()), |t| (t.0, t.2))
}

/// Errors that gc words without "unexpected X". The flag asks for the
/// position of the following token.
fn special(
    tokens: &[Spanned<'_>],
    i: usize,
    tok: Option<Tok<'_>>,
    what: &str,
    exp: &Expected,
) -> Option<(String, bool)> {
    if context::prev_is(tokens, i, Tok::Else) {
        return Some((
            "else must be followed by if or statement block".into(),
            false,
        ));
    }
    if matches!(tok, Some(Tok::Var)) {
        let kw = match context::prev_tok(tokens, i, 1) {
            Some(Tok::For) => "for",
            Some(Tok::If) => "if",
            Some(Tok::Switch) => "switch",
            _ => "",
        };
        if !kw.is_empty() {
            return Some((
                format!("var declaration not allowed in {kw} initializer"),
                true,
            ));
        }
    }
    if matches!(tok, Some(Tok::RBrack))
        && context::prev_is(tokens, i, Tok::LBrack)
        && matches!(context::prev_tok(tokens, i, 3), Some(Tok::Func))
    {
        return Some(("empty type parameter list".into(), false));
    }
    if matches!(tok, Some(Tok::LBrack)) && context::method_name_after_recv(tokens, i) {
        return Some(("method must have no type parameters".into(), false));
    }
    if let Some(msg) = header_error(tokens, i, tok, what, exp) {
        return Some((msg, false));
    }
    if let Some(msg) = declaration_error(tokens, i, tok, what, exp) {
        return Some((msg, false));
    }
    if context::prev_is(tokens, i, Tok::Chan) && exp.has("map") && exp.has("chan") {
        return Some(("missing channel element type".into(), false));
    }
    let decl_start = exp.has("const") && exp.has("import");
    if context::innermost(tokens, i).is_none() && decl_start && !exp.has(";") {
        let after_func = matches!(tok, Some(Tok::LBrace)) && after_bodiless_func(tokens, i);
        let msg = if after_func {
            "unexpected semicolon or newline before {"
        } else {
            "non-declaration statement outside function body"
        };
        return Some((msg.into(), false));
    }
    None
}

/// `m[P any]()` in an interface: gc reads the type parameter list and
/// reports it at its `[`, not as a syntax error.
fn interface_method_tparams(tokens: &[Spanned<'_>], i: usize) -> Option<SyntaxError> {
    let name = i.checked_sub(3)?;
    let is_ident = |k: usize| matches!(tokens[k].1, Tok::Ident(_));
    let shape = is_ident(name) && tokens[name + 1].1 == Tok::LBrack && is_ident(name + 2);
    let at_elem_start = name > 0 && matches!(tokens[name - 1].1, Tok::LBrace | Tok::Semi(_));
    let in_interface = context::innermost(tokens, name) == Some(Opener::Interface);
    let constraint_follows = tokens.get(i).is_some_and(|t| matches!(t.1, Tok::Ident(_)));
    (shape && at_elem_start && in_interface && constraint_follows).then(|| {
        let (l, _, r) = tokens[name + 1];
        SyntaxError::plain(l, r, "interface method must have no type parameters")
    })
}

/// Errors in the header of an if, for or switch statement, worded as gc's
/// `header` and `blockStmt` word them.
fn header_error(
    tokens: &[Spanned<'_>],
    i: usize,
    tok: Option<Tok<'_>>,
    what: &str,
    exp: &Expected,
) -> Option<String> {
    let (kw, semis) = context::header_keyword(tokens, i)?;
    let at_semi = matches!(tok, Some(Tok::Semi(_)));
    if !exp.has("{") {
        let after_init = semis == 1 && context::prev_is(tokens, i, Tok::Semi(SemiKind::Newline));
        let cond_missing = kw == Tok::For && matches!(tok, Some(Tok::LBrace)) && after_init;
        return cond_missing.then(|| "unexpected {, expected for loop condition".into());
    }
    Some(match (kw, semis) {
        // After the first simple statement gc asks for `{` rather than `;`.
        (_, 0) if !at_semi => format!("unexpected {what}, expected {{"),
        (Tok::Switch, _) => "missing { after switch clause".into(),
        (Tok::If, _) => format!("unexpected {what}, expected {{ after if clause"),
        (_, 2) => format!("unexpected {what}, expected {{ after for clause"),
        _ => return None,
    })
}

/// Errors gc's parser words without "unexpected X", or with a context the
/// expected set does not tell: the package clause, `...` without a type,
/// a variable without a type, a non-string import path.
fn declaration_error(
    tokens: &[Spanned<'_>],
    i: usize,
    tok: Option<Tok<'_>>,
    what: &str,
    exp: &Expected,
) -> Option<String> {
    if i == 0 && exp.has("package") {
        return Some("package statement must be first".into());
    }
    let type_start = exp.has("map") && exp.has("chan");
    if type_start && context::prev_is(tokens, i, Tok::Ellipsis) {
        return Some("... is missing type".into());
    }
    let var_name = matches!(context::prev_tok(tokens, i, 1), Some(Tok::Ident(_)))
        && matches!(context::prev_tok(tokens, i, 2), Some(Tok::Var));
    if var_name && !matches!(tok, Some(Tok::Assign | Tok::Comma)) {
        return Some(format!("unexpected {what}, expected type"));
    }
    let literal = matches!(
        tok,
        Some(Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Char(_))
    );
    if literal && context::prev_is(tokens, i, Tok::Import) {
        return Some("import path must be a string".into());
    }
    None
}

/// Whether the declaration before the `{` at `i` is a function without a
/// body, written on the previous line.
fn after_bodiless_func(tokens: &[Spanned<'_>], i: usize) -> bool {
    let mut j = i.saturating_sub(1);
    while j > 0
        && !matches!(
            tokens[j].1,
            Tok::Func | Tok::Var | Tok::Const | Tok::Type | Tok::Import
        )
    {
        if matches!(tokens[j].1, Tok::Semi(SemiKind::Newline)) && j + 1 < i {
            return false;
        }
        j -= 1;
    }
    matches!(tokens[j].1, Tok::Func)
}

/// The part after "unexpected X".
fn general(tokens: &[Spanned<'_>], i: usize, exp: &Expected) -> String {
    let ctx = context::innermost(tokens, i);
    if exp.any_statement() {
        return if exp.has("case") {
            "expected case or default or }".into()
        } else {
            "expected }".into()
        };
    }
    if exp.has("case") && exp.has("default") {
        return "expected case or default or }".into();
    }
    if exp.has(";") {
        return match ctx {
            None => "after top level declaration".into(),
            Some(Opener::Struct) => {
                "in struct type; possibly missing semicolon or newline or }".into()
            }
            Some(Opener::Interface) => {
                "in interface type; possibly missing semicolon or newline or }".into()
            }
            Some(Opener::Group) => {
                "in grouped declaration; possibly missing semicolon or newline or )".into()
            }
            _ => "at end of statement".into(),
        };
    }
    if exp.has(",") {
        match ctx {
            Some(Opener::Args) if exp.has(")") => {
                return "in argument list; possibly missing comma or )".into();
            }
            Some(Opener::Params) if exp.has(")") => {
                return "in parameter list; possibly missing comma or )".into();
            }
            Some(Opener::Brace) if exp.has("}") => {
                return "in composite literal; possibly missing comma or }".into();
            }
            _ => {}
        }
    }
    if exp.any_operand() {
        return "expected expression".into();
    }
    if exp.has("map") && exp.has("chan") {
        if in_type_decl(tokens, i) {
            return "in type declaration".into();
        }
        return "expected type".into();
    }
    if exp.0.len() == 1 {
        return format!("expected {}", expected_word(&exp.0[0]));
    }
    if exp.has("name") && exp.has("(") && exp.0.len() == 2 {
        if context::prev_is(tokens, i, Tok::Period) {
            return "expected name or (".into();
        }
        return "expected name".into();
    }
    match ctx {
        Some(c) if exp.has(c.closer()) => format!("expected {}", c.closer()),
        _ => format!(
            "expected {}",
            expected_word(exp.0.first().map_or("", |s| s))
        ),
    }
}

fn in_type_decl(tokens: &[Spanned<'_>], i: usize) -> bool {
    matches!(context::prev_tok(tokens, i, 1), Some(Tok::Ident(_)))
        && matches!(context::prev_tok(tokens, i, 2), Some(Tok::Type))
}

fn expected_word(t: &str) -> String {
    match t {
        "," => "comma".into(),
        ";" => "semicolon or newline".into(),
        other => other.into(),
    }
}
