//! Links a hello-world object built directly with Cranelift for each
//! target, runs it (under qemu for aarch64 when available), and checks the
//! output, that the executable is static and executable, and its size.

mod link_support;

use std::os::unix::fs::PermissionsExt;
use std::time::Instant;

use link_support::{Arg, Op, call, s};
use rgo::target::Arch;

fn hello_ops() -> Vec<Op> {
    vec![
        call("rgo_write", vec![Arg::I64(1), s("hello, world\n")]),
        call("rgo_print_string", vec![s("answer ")]),
        call("rgo_print_int", vec![Arg::I64(42)]),
        call("rgo_print_nl", vec![]),
    ]
}

/// The program headers' types of an ELF64 little-endian executable.
fn program_header_types(elf: &[u8]) -> Vec<u32> {
    assert_eq!(&elf[..4], b"\x7fELF", "not an ELF file");
    let u16_at = |o: usize| u16::from_le_bytes([elf[o], elf[o + 1]]) as usize;
    let phoff = u64::from_le_bytes(elf[0x20..0x28].try_into().unwrap()) as usize;
    let (phentsize, phnum) = (u16_at(0x36), u16_at(0x38));
    (0..phnum)
        .map(|i| {
            let o = phoff + i * phentsize;
            u32::from_le_bytes(elf[o..o + 4].try_into().unwrap())
        })
        .collect()
}

const PT_INTERP: u32 = 3;
const PT_DYNAMIC: u32 = 2;

fn check_hello(arch: Arch) {
    let dir = link_support::scratch_dir(&format!("hello-{arch}"));
    let object = link_support::object(arch, &hello_ops());
    let exe = dir.join("hello");
    let start = Instant::now();
    rgo::link::link(arch, &object, &exe).unwrap_or_else(|e| panic!("{e}"));
    let link_time = start.elapsed();

    let bytes = std::fs::read(&exe).unwrap();
    let headers = program_header_types(&bytes);
    assert!(!headers.contains(&PT_INTERP), "{arch}: has PT_INTERP");
    assert!(!headers.contains(&PT_DYNAMIC), "{arch}: has PT_DYNAMIC");
    let mode = std::fs::metadata(&exe).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o755, "{arch}: mode {mode:o}");
    eprintln!(
        "{arch}: stripped hello world is {} bytes, linked in {:.1} ms",
        bytes.len(),
        link_time.as_secs_f64() * 1e3
    );
    assert!(bytes.len() < 400 * 1024, "{arch}: {} bytes", bytes.len());

    if !link_support::can_run(arch) {
        eprintln!("skipping running {arch}: no way to run it here");
        return;
    }
    let out = link_support::run(arch, &exe, &[]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello, world\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "answer 42\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn hello_x86_64() {
    check_hello(Arch::X86_64);
}

#[test]
fn hello_aarch64() {
    check_hello(Arch::Aarch64);
}

#[test]
fn relinking_replaces_the_output() {
    let arch = Arch::host();
    let dir = link_support::scratch_dir("relink");
    let exe = dir.join("prog");
    let first = link_support::object(arch, &[call("rgo_print_int", vec![Arg::I64(1)])]);
    let second = link_support::object(arch, &[call("rgo_print_int", vec![Arg::I64(2)])]);
    rgo::link::link(arch, &first, &exe).unwrap();
    rgo::link::link(arch, &second, &exe).unwrap();
    let out = link_support::run(arch, &exe, &[]);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "2");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, [std::ffi::OsString::from("prog")]);
}

#[test]
fn undefined_symbol_is_an_error_not_an_exit() {
    let arch = Arch::host();
    let dir = link_support::scratch_dir("undefined");
    let exe = dir.join("prog");
    let object = link_support::object(arch, &[call("rgo_no_such_function", vec![])]);
    let err = rgo::link::link(arch, &object, &exe).expect_err("link should fail");
    let msg = err.to_string();
    assert!(msg.contains("rgo_no_such_function"), "{msg}");
    assert!(
        std::fs::read_dir(&dir).unwrap().next().is_none(),
        "output left behind"
    );
}

#[test]
fn concurrent_links_do_not_interfere() {
    let dir = link_support::scratch_dir("concurrent");
    std::thread::scope(|scope| {
        for i in 0..4 {
            let dir = &dir;
            scope.spawn(move || {
                let arch = if i % 2 == 0 {
                    Arch::X86_64
                } else {
                    Arch::Aarch64
                };
                let object =
                    link_support::object(arch, &[call("rgo_print_int", vec![Arg::I64(i)])]);
                let exe = dir.join(format!("prog{i}"));
                rgo::link::link(arch, &object, &exe).unwrap();
                if link_support::can_run(arch) {
                    let out = link_support::run(arch, &exe, &[]);
                    assert_eq!(String::from_utf8_lossy(&out.stderr), i.to_string());
                }
            });
        }
    });
}
