//! This module implements rendering of diagnostics to text: gc's one-line
//! form, optionally followed by an ariadne source snippet.

use super::Diagnostic;
use crate::source::SourceMap;
use ariadne::{Color, Config, Label, Report, ReportKind, Source};

/// Renders one diagnostic. With `snippet`, an ariadne report of the source
/// lines follows the gc-style first line.
pub fn render(map: &SourceMap, d: &Diagnostic, snippet: bool, color: bool) -> String {
    let mut out = format!("{}: {}\n", map.position(d.span), d.message);
    for (span, note) in &d.notes {
        out.push_str(&format!("\t{}: {note}\n", map.position(*span)));
    }
    if snippet {
        out.push_str(&snippet_text(map, d, color));
    }
    out
}

/// Renders many diagnostics in order. Like gc, stops after `limit`
/// errors with "too many errors".
pub fn render_all(
    map: &SourceMap,
    diags: &[Diagnostic],
    snippet: bool,
    color: bool,
    limit: usize,
) -> String {
    let mut out = String::new();
    for (i, d) in diags.iter().enumerate() {
        if i == limit {
            out.push_str(&format!("{}: too many errors\n", map.position(d.span)));
            break;
        }
        out.push_str(&render(map, d, snippet, color));
    }
    out
}

fn snippet_text(map: &SourceMap, d: &Diagnostic, color: bool) -> String {
    let file = map.file(d.span.file);
    // ariadne counts characters, spans count bytes: convert.
    let to_char = |b: u32| {
        file.text[..(b as usize).min(file.text.len())]
            .chars()
            .count()
    };
    let range = |s: crate::source::Span| {
        let lo = to_char(s.start);
        let hi = to_char(s.end).max(lo + 1);
        (file.name.clone(), lo..hi)
    };
    let mut report = Report::build(ReportKind::Error, range(d.span))
        .with_config(Config::default().with_color(color))
        .with_label(
            Label::new(range(d.span))
                .with_message(d.message.lines().next().unwrap_or(""))
                .with_color(Color::Red),
        );
    for (span, note) in &d.notes {
        if span.file == d.span.file {
            report = report.with_label(
                Label::new(range(*span))
                    .with_message(note)
                    .with_color(Color::Blue),
            );
        }
    }
    let mut buf = Vec::new();
    let source = (file.name.clone(), Source::from(file.text.as_str()));
    if report.finish().write(source, &mut buf).is_err() {
        return String::new();
    }
    String::from_utf8_lossy(&buf).into_owned()
}
