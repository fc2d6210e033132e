//! This module implements the one function that decides the linker's
//! command line, so that every linker rgo drives (libwild in-process now,
//! `rust-lld -flavor gnu` if it ever has to) gets the same arguments.
//!
//! The link is fully static (`-static`, no PT_INTERP) and follows the order
//! a C compiler driver uses for musl: start files, the program, the
//! runtime, libunwind and libc, end files. `--gc-sections` drops the
//! unused parts of the runtime and libc, and `--strip-all` drops symbols
//! and debug information, which together bring a hello world to a few
//! hundred kilobytes.

use std::path::Path;

use crate::target::Arch;

/// Paths of the link inputs, in the linker's file system.
pub struct LinkInputs<'a> {
    pub crt1: &'a Path,
    pub crti: &'a Path,
    pub crtbegin: &'a Path,
    pub program: &'a Path,
    pub runtime: &'a Path,
    pub libunwind: &'a Path,
    pub libc: &'a Path,
    pub crtend: &'a Path,
    pub crtn: &'a Path,
}

/// How much symbol and debug information the output keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strip {
    /// Keep everything (for debugging the toolchain).
    None,
    /// Drop debug sections, keep the symbol table (for backtraces, gdb).
    Debug,
    /// Drop symbols and debug sections: the smallest output.
    All,
}

/// The linker command line for `arch`, starting with the program name.
pub fn linker_args(arch: Arch, inputs: &LinkInputs, output: &Path, strip: Strip) -> Vec<String> {
    let emulation = match arch {
        Arch::X86_64 => "elf_x86_64",
        Arch::Aarch64 => "aarch64linux",
    };
    let path = |p: &Path| p.display().to_string();
    let mut args: Vec<String> = [
        "ld",
        "-m",
        emulation,
        "-static",
        "--no-pie",
        "--gc-sections",
    ]
    .map(String::from)
    .to_vec();
    args.extend(["-z", "noexecstack", "--eh-frame-hdr"].map(String::from));
    match strip {
        Strip::None => {}
        Strip::Debug => args.push("--strip-debug".into()),
        Strip::All => args.push("--strip-all".into()),
    }
    args.extend(["-o".into(), path(output)]);
    for input in [
        inputs.crt1,
        inputs.crti,
        inputs.crtbegin,
        inputs.program,
        inputs.runtime,
        inputs.libunwind,
        inputs.libc,
        inputs.crtend,
        inputs.crtn,
    ] {
        args.push(path(input));
    }
    args
}
