//! This module implements access to the files embedded in the `rgo` binary
//! at build time: for each target, the runtime archive and musl's start
//! files, libc.a and libunwind.a. compiler/build/runtime.rs generates the
//! `include_bytes!` table included below.

use crate::target::Arch;

/// The link inputs for one target, besides the program object.
pub struct EmbeddedFiles {
    /// The rgo runtime staticlib (librgo_runtime.a).
    pub runtime: &'static [u8],
    pub crt1: &'static [u8],
    pub crti: &'static [u8],
    pub crtbegin: &'static [u8],
    pub crtend: &'static [u8],
    pub crtn: &'static [u8],
    pub libc: &'static [u8],
    pub libunwind: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The embedded link inputs for `arch`.
pub fn files(arch: Arch) -> &'static EmbeddedFiles {
    match arch {
        Arch::X86_64 => &X86_64,
        Arch::Aarch64 => &AARCH64,
    }
}

/// The runtime archive for `arch`, for tools and tests that inspect it.
pub fn runtime_archive(arch: Arch) -> &'static [u8] {
    files(arch).runtime
}
