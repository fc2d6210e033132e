//! TEMPORARY stand-in until the runtime/link branch lands.
use crate::target::Arch;
pub fn link(_arch: Arch, _object: &[u8], _out: &std::path::Path) -> Result<(), String> {
    Err("linking not available yet".into())
}
