//! This module implements the Cranelift target configuration for each
//! architecture, with the flags design.md records (speed, PIC, inline
//! stack probes, unwind info).

use super::CodegenError;
use crate::target::Arch;
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use std::str::FromStr;

pub fn build(arch: Arch) -> Result<OwnedTargetIsa, CodegenError> {
    let err = |e: &dyn std::fmt::Display| CodegenError(e.to_string());
    let mut flags = settings::builder();
    for (k, v) in [
        ("opt_level", "speed"),
        ("is_pic", "true"),
        ("enable_probestack", "true"),
        ("probestack_strategy", "inline"),
        ("unwind_info", "true"),
        ("preserve_frame_pointers", "true"),
        ("enable_multi_ret_implicit_sret", "true"),
    ] {
        flags.set(k, v).map_err(|e| err(&e))?;
    }
    let triple = target_lexicon::Triple::from_str(arch.triple()).map_err(|e| err(&e))?;
    let builder = cranelift_codegen::isa::lookup(triple).map_err(|e| err(&e))?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| err(&e))
}
