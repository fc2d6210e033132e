//! This module implements the standard packages embedded in rgo: Go
//! sources under stdlib/, compiled together with the user's program.

/// The files of each standard package: import path, then (name, source).
const PACKAGES: &[(&str, &[(&str, &str)])] = &[(
    "fmt",
    &[("print.go", include_str!("../../stdlib/fmt/print.go"))],
)];

/// The source files of standard package `path`, if rgo has it.
pub fn package(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    PACKAGES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, files)| *files)
}

/// How a standard file is named in diagnostics.
pub fn display_name(pkg: &str, file: &str) -> String {
    format!("$GOROOT/src/{pkg}/{file}")
}
