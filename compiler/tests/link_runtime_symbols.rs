//! Checks that the runtime archive embedded in rgo exports every symbol
//! generated code may call (the compiler's runtime-call table and the
//! runtime-implemented standard functions), by reading the archive's
//! symbol index, for both architectures.

use rgo::target::Arch;

/// Every symbol generated code may call: the compiler's runtime-call
/// table, the program entry called by crt1, and the functions standard
/// packages declare without a body (implemented in the runtime under
/// their Go symbol, e.g. `fmt.writeStdout`).
fn required_symbols() -> Vec<String> {
    let mut names: Vec<String> = rgo::codegen::runtime_calls::RUNTIME_CALLS
        .iter()
        .map(|(n, _, _)| n.to_string())
        .collect();
    names.push("main".into());
    names.extend(bodyless_stdlib_functions());
    names
}

fn bodyless_stdlib_functions() -> Vec<String> {
    let mut out = Vec::new();
    for (pkg, files) in rgo::stdlib::PACKAGES {
        for (_, src) in *files {
            let (file, diags) = rgo::syntax::parse_file(rgo::source::FileId(0), src);
            assert!(diags.is_empty(), "stdlib {pkg} does not parse");
            for d in &file.decls {
                if let rgo::syntax::ast::Decl::Func(f) = d
                    && f.body.is_none()
                {
                    out.push(format!("{pkg}.{}", f.name.name));
                }
            }
        }
    }
    assert!(
        !out.is_empty(),
        "expected runtime-implemented stdlib functions"
    );
    out
}

/// The names in a System V (GNU) `ar` archive's symbol index: the member
/// named "/" holding a big-endian count, that many offsets, and the
/// NUL-terminated names.
fn archive_symbols(ar: &[u8]) -> Vec<String> {
    assert!(ar.starts_with(b"!<arch>\n"), "not an ar archive");
    let header = &ar[8..68];
    assert_eq!(&header[..2], b"/ ", "archive has no symbol index first");
    let size: usize = std::str::from_utf8(&header[48..58])
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let body = &ar[68..68 + size];
    let count = u32::from_be_bytes(body[..4].try_into().unwrap()) as usize;
    let names = &body[4 + 4 * count..];
    names
        .split(|&b| b == 0)
        .take(count)
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect()
}

#[test]
fn runtime_exports_every_documented_symbol() {
    for arch in [Arch::X86_64, Arch::Aarch64] {
        let symbols = archive_symbols(rgo::link::embedded::runtime_archive(arch));
        let missing: Vec<_> = required_symbols()
            .into_iter()
            .filter(|name| !symbols.iter().any(|s| s == name))
            .collect();
        assert!(
            missing.is_empty(),
            "{arch}: runtime archive lacks {missing:?}"
        );
    }
}

#[test]
fn the_program_entry_point_is_left_to_the_compiler() {
    let symbols = archive_symbols(rgo::link::embedded::runtime_archive(Arch::X86_64));
    assert!(!symbols.iter().any(|s| s == "rgo_program_main"));
}
