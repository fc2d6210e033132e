//! This module implements source bookkeeping: every file the compiler reads
//! gets a `FileId` in the `SourceMap`, and every syntax node carries a `Span`
//! (file plus byte range). Line and column numbers are computed only when a
//! diagnostic is rendered; like gc, columns count bytes and start at 1,
//! and line directives (line_directive.rs) change what is reported.

use std::fmt;

use crate::line_directive::{self, LineDirective};

/// Index of a file in the `SourceMap`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A byte range `start..end` in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span {
            file,
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both `self` and `other` (same file).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// An empty span at the start of `self`.
    pub fn head(self) -> Span {
        Span {
            end: self.start,
            ..self
        }
    }
}

/// One source file: its display name (as given on the command line, or
/// `$GOROOT`-style for embedded standard packages), its text, and the byte
/// offsets at which its lines start.
pub struct SourceFile {
    pub name: String,
    pub text: String,
    line_starts: Vec<u32>,
    directives: Vec<LineDirective>,
}

impl SourceFile {
    pub fn new(name: String, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        let directives = line_directive::scan(&name, &text);
        SourceFile {
            name,
            text,
            line_starts,
            directives,
        }
    }

    /// The position gc reports for `offset`: physical, or as the last
    /// line directive before it says.
    pub fn position(&self, offset: u32) -> Position<'_> {
        let (line, col) = self.line_col(offset);
        let k = self.directives.partition_point(|d| d.at <= offset);
        let Some(d) = k.checked_sub(1).map(|k| &self.directives[k]) else {
            return Position {
                file: &self.name,
                line,
                col: Some(col),
            };
        };
        let (dline, dcol) = self.line_col(d.at);
        let col = match d.col {
            Some(c) if line == dline => Some(c + col - dcol),
            Some(_) => Some(col),
            None => None,
        };
        Position {
            file: &d.file,
            line: d.line + line - dline,
            col,
        }
    }

    /// 1-based line and byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

/// All files of one compilation.
#[derive(Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    pub fn add(&mut self, name: String, text: String) -> FileId {
        self.files.push(SourceFile::new(name, text));
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// `path:line:col` of the start of `span`, the position prefix gc prints.
    pub fn position(&self, span: Span) -> Position<'_> {
        self.file(span.file).position(span.start)
    }
}

/// A resolved source position, displayed as `file:line:col`, or as
/// `file:line` where a line directive left the column unknown.
pub struct Position<'a> {
    pub file: &'a str,
    pub line: u32,
    pub col: Option<u32>,
}

impl fmt::Display for Position<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.col {
            Some(col) => write!(f, "{}:{}:{}", self.file, self.line, col),
            None => write!(f, "{}:{}", self.file, self.line),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_bytes_from_one() {
        let f = SourceFile::new("a.go".into(), "ab\ncd\n\nx".into());
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(1), (1, 2));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(6), (3, 1));
        assert_eq!(f.line_col(7), (4, 1));
    }

    fn pos(f: &SourceFile, needle: &str) -> String {
        f.position(f.text.find(needle).unwrap() as u32).to_string()
    }

    #[test]
    fn line_directives_renumber_what_follows() {
        let text = "package p\n//line gen.go:20\nvar a\n  var b\n";
        let f = SourceFile::new("a.go".into(), text.into());
        assert_eq!(pos(&f, "package"), "a.go:1:1");
        assert_eq!(pos(&f, "var a"), "gen.go:20");
        assert_eq!(pos(&f, "var b"), "gen.go:21");
    }

    #[test]
    fn block_directives_set_the_column_on_their_line() {
        let text = "x /*line :7:3*/y z\n w\n";
        let f = SourceFile::new("a.go".into(), text.into());
        assert_eq!(pos(&f, "y"), "a.go:7:3");
        assert_eq!(pos(&f, "z"), "a.go:7:5");
        assert_eq!(pos(&f, "w"), "a.go:8:2");
    }
}
