//! This module implements the table of runtime functions that generated
//! code calls: one line per function with its parameter and result
//! types. It is the single list the compiler uses, and a test checks it
//! against the symbols the runtime archive exports.

use cranelift_codegen::ir::{AbiParam, Signature, Type, types::I8, types::I64};
use cranelift_codegen::isa::CallConv;

/// Name, parameter types, result types. `sret` functions take the address
/// of their result as the first (pointer) parameter.
pub const RUNTIME_CALLS: &[(&str, &[Type], &[Type])] = &[
    ("rgo_alloc", &[I64, I64], &[I64]),
    ("rgo_memmove", &[I64, I64, I64], &[]),
    (
        "rgo_growslice",
        &[I64, I64, I64, I64, I64, I64, I64, I8],
        &[],
    ),
    ("rgo_panic", &[I64, I64], &[]),
    ("rgo_panic_index", &[I64, I64], &[]),
    ("rgo_panic_divide", &[], &[]),
    ("rgo_panic_shift", &[], &[]),
    ("rgo_panic_type_assert", &[I64, I64, I64], &[]),
    ("rgo_string_concat", &[I64, I64, I64, I64], &[I64, I64]),
    ("rgo_string_cmp", &[I64, I64, I64, I64], &[I64]),
    ("rgo_string_from_rune", &[I64], &[I64, I64]),
    ("rgo_string_from_bytes", &[I64, I64], &[I64, I64]),
    ("rgo_string_from_runes", &[I64, I64], &[I64, I64]),
    ("rgo_bytes_from_string", &[I64, I64, I64], &[]),
    ("rgo_runes_from_string", &[I64, I64, I64], &[]),
    ("rgo_decode_rune", &[I64, I64, I64], &[I64, I64]),
    ("rgo_iface_eq", &[I64, I64, I64, I64], &[I8]),
    ("rgo_print_lock", &[], &[]),
    ("rgo_print_unlock", &[], &[]),
    ("rgo_print_space", &[], &[]),
    ("rgo_print_nl", &[], &[]),
    ("rgo_print_bool", &[I8], &[]),
    ("rgo_print_int", &[I64], &[]),
    ("rgo_print_uint", &[I64], &[]),
    ("rgo_print_string", &[I64, I64], &[]),
    ("rgo_print_pointer", &[I64], &[]),
    ("rgo_print_slice", &[I64, I64, I64], &[]),
    ("rgo_print_iface", &[I64, I64], &[]),
];

pub fn signature(cc: CallConv, name: &str) -> Option<Signature> {
    let (_, params, results) = RUNTIME_CALLS.iter().find(|(n, _, _)| *n == name)?;
    let mut sig = Signature::new(cc);
    sig.params
        .extend(params.iter().map(|t| super::abi::param(*t)));
    sig.returns
        .extend(results.iter().map(|t| AbiParam::new(*t)));
    Some(sig)
}
