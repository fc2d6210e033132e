//! This module implements the last stage of the pipeline: turning the
//! program object produced by codegen into a static Linux executable.
//!
//! The runtime archive and musl's start files and libraries for both
//! targets are embedded in the `rgo` binary (`embedded`), so linking needs
//! nothing installed. They are handed to libwild, which links in-process,
//! through an in-memory file system (`memfs`): the inputs are never
//! written to disk, so there is no cache directory to manage and nothing
//! for concurrent rgo processes to race on. The command line comes from
//! one function, `args::linker_args`.
//!
//! The output is written under a temporary name in the destination
//! directory, made executable (0755) and renamed over the destination, so
//! a failed link never leaves a half-written executable behind and a
//! running old executable is never modified in place.
//!
//! **Invariant:** `link` does not print and does not exit the process;
//! libwild's warnings are collected and its errors (and panics) come back
//! as `LinkError`.

mod args;
pub mod embedded;
mod memfs;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

pub use args::{LinkInputs, Strip, linker_args};

use crate::target::Arch;
use memfs::{Bytes, MemFs};

/// Why a link failed.
#[derive(Debug)]
pub enum LinkError {
    /// libwild rejected the link: undefined symbols, bad inputs and so on.
    Linker {
        message: String,
        warnings: Vec<String>,
    },
    /// libwild panicked; the message is the panic payload.
    LinkerPanicked(String),
    /// The output could not be written, made executable or moved in place.
    Output {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Linker { message, warnings } => {
                write!(f, "linking failed: {}", message.trim_end())?;
                for w in warnings {
                    write!(f, "\nlinker warning: {}", w.trim_end())?;
                }
                Ok(())
            }
            LinkError::LinkerPanicked(msg) => write!(f, "linking failed: linker crashed: {msg}"),
            LinkError::Output { path, error } => {
                write!(f, "cannot write executable {}: {error}", path.display())
            }
        }
    }
}

impl std::error::Error for LinkError {}

/// Links `object` (an ELF relocatable for `arch`) with the runtime and musl
/// into a static executable at `output`, with symbols and debug
/// information stripped.
pub fn link(arch: Arch, object: &[u8], output: &Path) -> Result<(), LinkError> {
    link_with(arch, object, output, Strip::All)
}

/// As `link`, choosing how much symbol information to keep.
pub fn link_with(arch: Arch, object: &[u8], output: &Path, strip: Strip) -> Result<(), LinkError> {
    let temp = temp_output_path(output);
    let result = run_wild(arch, object, &temp, strip).and_then(|()| finish_output(&temp, output));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// A name beside `output` unique to this process and call.
fn temp_output_path(output: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = output
        .file_name()
        .map_or("a.out".into(), |n| n.to_string_lossy());
    let temp = format!(".{name}.rgo-{}-{n}.tmp", std::process::id());
    output.with_file_name(temp)
}

/// Sets mode 0755 on the linked file and moves it to `output`.
fn finish_output(temp: &Path, output: &Path) -> Result<(), LinkError> {
    use std::os::unix::fs::PermissionsExt;
    let io = |error| LinkError::Output {
        path: output.to_owned(),
        error,
    };
    std::fs::set_permissions(temp, std::fs::Permissions::from_mode(0o755)).map_err(io)?;
    std::fs::rename(temp, output).map_err(io)
}

/// Starts unpacking the embedded inputs for `arch` on another thread, so
/// that the work overlaps with compiling; `link` waits for it if needed.
pub fn prepare(arch: Arch) {
    std::thread::spawn(move || embedded::files(arch));
}

/// Runs libwild in-process on the embedded inputs and `object`.
fn run_wild(arch: Arch, object: &[u8], output: &Path, strip: Strip) -> Result<(), LinkError> {
    let files = embedded::files(arch);
    let mut fs = MemFs::default();
    let triple = arch.triple();
    let mut add = |name: &str, bytes: &'static Vec<u8>| {
        fs.add(&format!("{triple}/{name}"), Bytes::Static(bytes))
    };
    let crt1 = add("crt1.o", &files.crt1);
    let crti = add("crti.o", &files.crti);
    let crtbegin = add("crtbegin.o", &files.crtbegin);
    let runtime = add("librgo_runtime.a", &files.runtime);
    let libunwind = add("libunwind.a", &files.libunwind);
    let libc = add("libc.a", &files.libc);
    let crtend = add("crtend.o", &files.crtend);
    let crtn = add("crtn.o", &files.crtn);
    let program = fs.add("program.o", Bytes::Shared(Arc::from(object)));
    let inputs = LinkInputs {
        crt1: &crt1,
        crti: &crti,
        crtbegin: &crtbegin,
        program: &program,
        runtime: &runtime,
        libunwind: &libunwind,
        libc: &libc,
        crtend: &crtend,
        crtn: &crtn,
    };
    let argv = linker_args(arch, &inputs, output, strip);

    let warnings = Arc::new(Mutex::new(Vec::new()));
    let linker_error = |message: String, warnings: &Mutex<Vec<String>>| LinkError::Linker {
        message,
        warnings: warnings.lock().map(|w| w.clone()).unwrap_or_default(),
    };
    let run = || -> Result<(), LinkError> {
        let mut wild_args = libwild::Args::new(|| argv.iter())
            .map_err(|e| linker_error(e.to_string(), &warnings))?;
        let sink = Arc::clone(&warnings);
        wild_args.on_warning(Box::new(move |w| {
            if let Ok(mut v) = sink.lock() {
                v.push(w.to_string());
            }
        }));
        wild_args
            .parse(|| argv.iter())
            .map_err(|e| linker_error(e.to_string(), &warnings))?;
        let linker = libwild::Linker::with_file_system(fs);
        let result = linker.run(&wild_args).map(drop);
        result.map_err(|e| linker_error(e.to_string(), &warnings))
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(result) => result,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(LinkError::LinkerPanicked(msg))
        }
    }
}
