//! This module implements access to the files embedded in the `rgo` binary
//! at build time: for each target, the runtime archive and musl's start
//! files, libc.a and libunwind.a. compiler/build/runtime.rs generates the
//! `include_bytes!` table included below; each file is stored stripped of
//! what no link needs and LZ4-compressed (compiler/build/embed.rs), and is
//! unpacked once per process, the first time a target is linked.

use std::sync::OnceLock;

use crate::target::Arch;

/// The link inputs for one target, besides the program object.
pub struct EmbeddedFiles<T> {
    /// The rgo runtime staticlib (librgo_runtime.a).
    pub runtime: T,
    pub crt1: T,
    pub crti: T,
    pub crtbegin: T,
    pub crtend: T,
    pub crtn: T,
    pub libc: T,
    pub libunwind: T,
}

/// The files as stored in the binary: compressed.
type Packed = EmbeddedFiles<&'static [u8]>;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The embedded link inputs for `arch`, unpacked.
pub fn files(arch: Arch) -> &'static EmbeddedFiles<Vec<u8>> {
    static UNPACKED: [OnceLock<EmbeddedFiles<Vec<u8>>>; 2] = [OnceLock::new(), OnceLock::new()];
    let (slot, packed) = match arch {
        Arch::X86_64 => (&UNPACKED[0], &X86_64),
        Arch::Aarch64 => (&UNPACKED[1], &AARCH64),
    };
    slot.get_or_init(|| unpack(packed))
}

fn unpack(p: &Packed) -> EmbeddedFiles<Vec<u8>> {
    // The bytes were compressed by our own build script: failing to unpack
    // them means the binary itself is corrupt.
    let one = |b: &[u8]| {
        lz4_flex::block::decompress_size_prepended(b).expect("embedded link input is corrupt")
    };
    EmbeddedFiles {
        runtime: one(p.runtime),
        crt1: one(p.crt1),
        crti: one(p.crti),
        crtbegin: one(p.crtbegin),
        crtend: one(p.crtend),
        crtn: one(p.crtn),
        libc: one(p.libc),
        libunwind: one(p.libunwind),
    }
}

/// The runtime archive for `arch`, for tools and tests that inspect it.
pub fn runtime_archive(arch: Arch) -> &'static [u8] {
    &files(arch).runtime
}
