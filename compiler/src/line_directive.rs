//! This module implements Go's line directives (`//line file:line:col`
//! and `/*line file:line:col*/`, as cmd/compile documents them): they
//! change the file name, line and column that positions after them are
//! reported with. Generated code uses them to point at its source, and
//! gc's own tests use them to place errors.
//!
//! A `//line` directive must start a line and applies from the start of
//! the next line; a `/*line` directive applies right after its `*/`. The
//! text is read from the back: a trailing `:N` is the line, or the column
//! when another `:N` precedes it; what remains is the file name. Without a
//! column, columns are unknown until the next directive and positions
//! print as `file:line`. Without a file name, the name is empty when there
//! is no column either, and otherwise the previous one.
//!
//! Directives are found by scanning the text for comments of that form;
//! the text of a string literal that happens to look like one at the
//! start of a line would be taken for one (gc's scanner would not), which
//! no real program does.

/// One directive: from byte offset `at` on, positions are reported from
/// `file`, `line` and (on the directive's own line) `col`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineDirective {
    pub at: u32,
    pub file: String,
    pub line: u32,
    pub col: Option<u32>,
}

/// The directives of a file's text, in order. `name` is the file's own
/// name, which a directive with a column but no file name keeps.
pub fn scan(name: &str, text: &str) -> Vec<LineDirective> {
    let mut out: Vec<LineDirective> = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find("line ") {
        let start = from + k;
        from = start + 5;
        let Some((body, at)) = directive_text(text, start) else {
            continue;
        };
        let Some((file, line, col)) = parse(body) else {
            continue;
        };
        let file = match (file.is_empty(), col) {
            (false, _) => file.to_string(),
            (true, None) => String::new(),
            (true, Some(_)) => out.last().map_or(name.to_string(), |d| d.file.clone()),
        };
        out.push(LineDirective {
            at: at as u32,
            file,
            line,
            col,
        });
    }
    out
}

/// For `line ` at `start`, the directive's text after `line ` and the
/// offset it applies from, when the comment has a directive's form.
fn directive_text(text: &str, start: usize) -> Option<(&str, usize)> {
    let before = &text[..start];
    if before.ends_with("/*") {
        let rest = &text[start + 5..];
        let end = rest.find("*/")?;
        let body = &rest[..end];
        return (!body.contains('\n')).then_some((body, start + 5 + end + 2));
    }
    let prefix = before.strip_suffix("//")?;
    if !(prefix.is_empty() || prefix.ends_with('\n')) {
        return None;
    }
    let rest = &text[start + 5..];
    let end = rest.find('\n')?;
    Some((rest[..end].trim_end_matches('\r'), start + 5 + end + 1))
}

/// `file:line` or `file:line:col`, read from the back.
fn parse(body: &str) -> Option<(&str, u32, Option<u32>)> {
    let (head, last) = split_number(body)?;
    match split_number(head) {
        Some((file, line)) => Some((file, line, Some(last))),
        None => Some((head, last, None)),
    }
}

/// Splits `text:N` (N > 0) into `text` and N.
fn split_number(text: &str) -> Option<(&str, u32)> {
    let colon = text.rfind(':')?;
    let digits = &text[colon + 1..];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (n > 0).then_some((&text[..colon], n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(at: usize, file: &str, line: u32, col: Option<u32>) -> LineDirective {
        LineDirective {
            at: at as u32,
            file: file.into(),
            line,
            col,
        }
    }

    #[test]
    fn line_comments_apply_from_the_next_line() {
        let text = "package p\n//line x.go:20\nvar a\n";
        assert_eq!(scan("a.go", text), vec![d(25, "x.go", 20, None)]);
    }

    #[test]
    fn block_comments_apply_after_the_comment() {
        let text = "var _ = T{ /*line :20:1*/foo }\n";
        assert_eq!(scan("a.go", text), vec![d(25, "a.go", 20, Some(1))]);
    }

    #[test]
    fn names_may_hold_colons_and_may_be_empty() {
        let text = "//line c:\\x.go:3:4\n//line :7\nx\n";
        let got = scan("a.go", text);
        assert_eq!(got[0], d(19, "c:\\x.go", 3, Some(4)));
        assert_eq!(got[1], d(29, "", 7, None));
    }

    #[test]
    fn other_comments_are_not_directives() {
        let text = "x // line a.go:3\n  //line a.go:4\n//line a.go:0\n//line nonumber\n";
        assert!(scan("a.go", text).is_empty());
    }
}
