//! This module implements diagnostics: the neutral `Diagnostic` every stage
//! converts its own errors into, and their rendering. The first line of a
//! rendered diagnostic always has gc's form `path:line:col: message`; when
//! the output is a terminal an ariadne snippet of the source follows. This
//! is the only module that uses ariadne.

mod render;

pub use render::{render, render_all};

use crate::source::Span;

/// One error, located at `span`, worded as gc words it.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
    /// Extra labelled places, e.g. "other declaration of x".
    pub notes: Vec<(Span, String)>,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    pub fn with_note(mut self, span: Span, note: impl Into<String>) -> Diagnostic {
        self.notes.push((span, note.into()));
        self
    }
}

/// Sorts diagnostics by position and drops exact duplicates, as gc does
/// before printing.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| (d.span.file, d.span.start));
    diags.dedup_by(|a, b| {
        a.span.file == b.span.file && a.span.start == b.span.start && a.message == b.message
    });
}
