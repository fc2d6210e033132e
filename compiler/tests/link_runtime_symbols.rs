//! Checks that the runtime archive embedded in rgo exports every symbol
//! generated code may call (the table in runtime/src/lib.rs), by reading
//! the archive's symbol index. The compiler's runtime-call table should
//! later be checked against the same archive.

use rgo::target::Arch;

/// The runtime's exported symbols, as documented in runtime/src/lib.rs.
const RUNTIME_SYMBOLS: &[&str] = &[
    "main",
    "rgo_argc",
    "rgo_argv",
    "rgo_write",
    "rgo_exit",
    "rgo_print_lock",
    "rgo_print_unlock",
    "rgo_print_int",
    "rgo_print_uint",
    "rgo_print_bool",
    "rgo_print_float",
    "rgo_print_complex",
    "rgo_print_string",
    "rgo_print_pointer",
    "rgo_print_hex",
    "rgo_print_space",
    "rgo_print_nl",
    "rgo_panic_index",
    "rgo_panic_bounds",
    "rgo_panic_bounds_unsigned",
    "rgo_panic_divide",
    "rgo_panic_nil",
    "rgo_panic_string",
    "rgo_panic_int",
    "rgo_panic_uint",
    "rgo_panic_float",
    "rgo_panic_bool",
    "rgo_alloc",
    "rgo_string_concat",
    "rgo_string_eq",
    "rgo_string_cmp",
    "rgo_string_from_rune",
    "rgo_string_from_bytes",
    "rgo_bytes_from_string",
    "rgo_decode_rune",
    "rgo_growslice",
    "rgo_makeslice",
];

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
        let missing: Vec<_> = RUNTIME_SYMBOLS
            .iter()
            .filter(|name| !symbols.iter().any(|s| s == *name))
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
