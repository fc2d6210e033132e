//! This module implements the standard packages embedded in rgo: Go
//! sources under stdlib/, compiled together with the user's program.

/// The files of each standard package: import path, then (name, source).
pub const PACKAGES: &[(&str, &[(&str, &str)])] = &[
    (
        "fmt",
        &[
            ("print.go", include_str!("../../stdlib/fmt/print.go")),
            ("format.go", include_str!("../../stdlib/fmt/format.go")),
            ("value.go", include_str!("../../stdlib/fmt/value.go")),
            ("verbs.go", include_str!("../../stdlib/fmt/verbs.go")),
            ("mapsort.go", include_str!("../../stdlib/fmt/mapsort.go")),
            ("quote.go", include_str!("../../stdlib/fmt/quote.go")),
            ("errors.go", include_str!("../../stdlib/fmt/errors.go")),
        ],
    ),
    (
        "runtime",
        &[("error.go", include_str!("../../stdlib/runtime/error.go"))],
    ),
];

/// The source files of standard package `path`, if rgo has it.
pub fn package(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    PACKAGES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, files)| *files)
}

/// Whether `path` names a package of Go's standard library (which rgo
/// may not provide yet): standard import paths have no dot in their
/// first element.
pub fn is_go_std(path: &str) -> bool {
    !path.split('/').next().unwrap_or("").contains('.')
}

/// How a standard file is named in diagnostics.
pub fn display_name(pkg: &str, file: &str) -> String {
    format!("$GOROOT/src/{pkg}/{file}")
}
