//! This module implements target selection: the two supported
//! architectures, how users name them (`--target`, `GOARCH`), and the
//! facts about each that the rest of the compiler needs.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    X86_64,
    Aarch64,
}

impl Arch {
    /// The architecture rgo itself runs on, the default target.
    pub fn host() -> Arch {
        if cfg!(target_arch = "aarch64") {
            Arch::Aarch64
        } else {
            Arch::X86_64
        }
    }

    /// Parses a `--target` value: `x86_64-linux`, `aarch64-linux`, the full
    /// musl triples, or Go's `linux/amd64` and `linux/arm64`.
    pub fn from_target(s: &str) -> Option<Arch> {
        match s {
            "x86_64-linux" | "x86_64-unknown-linux-musl" | "linux/amd64" => Some(Arch::X86_64),
            "aarch64-linux" | "aarch64-unknown-linux-musl" | "linux/arm64" => Some(Arch::Aarch64),
            _ => None,
        }
    }

    /// Parses a `GOARCH` value.
    pub fn from_goarch(s: &str) -> Option<Arch> {
        match s {
            "amd64" => Some(Arch::X86_64),
            "arm64" => Some(Arch::Aarch64),
            _ => None,
        }
    }

    /// The Rust/LLVM triple of the musl target.
    pub fn triple(self) -> &'static str {
        match self {
            Arch::X86_64 => "x86_64-unknown-linux-musl",
            Arch::Aarch64 => "aarch64-unknown-linux-musl",
        }
    }

    /// Go's name for the architecture (`GOARCH`).
    pub fn goarch(self) -> &'static str {
        match self {
            Arch::X86_64 => "amd64",
            Arch::Aarch64 => "arm64",
        }
    }
}

impl fmt::Display for Arch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.goarch())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_spelling_parses() {
        for s in ["x86_64-linux", "x86_64-unknown-linux-musl", "linux/amd64"] {
            assert_eq!(Arch::from_target(s), Some(Arch::X86_64));
        }
        for s in ["aarch64-linux", "aarch64-unknown-linux-musl", "linux/arm64"] {
            assert_eq!(Arch::from_target(s), Some(Arch::Aarch64));
        }
        assert_eq!(Arch::from_target("riscv64-linux"), None);
        assert_eq!(Arch::from_goarch("arm64"), Some(Arch::Aarch64));
        assert_eq!(Arch::from_goarch("amd64"), Some(Arch::X86_64));
    }
}
