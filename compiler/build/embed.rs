//! Prepares one file for embedding in `rgo`: reads it, strips what no link
//! needs (`strip.rs`), compresses it with LZ4 (block format, size first),
//! and writes the result into OUT_DIR, where the generated `include_bytes!`
//! table points. Writing a copy also means a later runtime build cannot
//! change the bytes under a compiled `rgo`.
//!
//! LZ4 because it decompresses at several GB/s: `rgo` unpacks the inputs
//! of one target at each link, and that must cost next to nothing (about a
//! millisecond for 4 MB), while it shrinks object files three to four
//! times.

use std::fs;
use std::path::Path;

use crate::{archive, strip};

/// Writes the embeddable form of `from` to `to`.
pub fn prepare(from: &Path, to: &Path) -> Result<(), String> {
    let bytes = fs::read(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    let stripped = if bytes.starts_with(b"!<arch>\n") {
        archive::rewrite(&bytes, strip::strip_object)
    } else {
        strip::strip_object(&bytes)
    };
    let stripped = stripped.unwrap_or(bytes);
    write_if_changed(to, &lz4_flex::block::compress_prepend_size(&stripped));
    Ok(())
}

/// Writes `bytes` unless the file already holds them, so that an
/// unchanged runtime does not make cargo recompile the compiler.
pub fn write_if_changed(path: &Path, bytes: &[u8]) {
    if fs::read(path).is_ok_and(|old| old == bytes) {
        return;
    }
    fs::write(path, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
}
