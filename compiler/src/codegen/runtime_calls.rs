//! This module implements the table of runtime functions that generated
//! code calls or refers to (type descriptors point at the equality and
//! hash functions): one line per function with its parameter and result
//! types. It is the single list the compiler uses, and a test checks it
//! against the symbols the runtime archive exports.

use cranelift_codegen::ir::types::{F32, F64, I8, I64};
use cranelift_codegen::ir::{AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;

/// Name, parameter types, result types. `sret` functions take the address
/// of their result as the first (pointer) parameter.
pub const RUNTIME_CALLS: &[(&str, &[Type], &[Type])] = &[
    ("rgo_newobject", &[I64], &[I64]),
    ("rgo_memmove", &[I64, I64, I64], &[]),
    ("rgo_memclr", &[I64, I64], &[]),
    ("rgo_growslice", &[I64, I64, I64, I64, I64, I64], &[]),
    ("rgo_makeslice", &[I64, I64, I64, I64], &[]),
    ("rgo_slicecopy", &[I64, I64, I64, I64, I64], &[I64]),
    ("rgo_gopanic", &[I64, I64], &[]),
    ("rgo_set_error_constructor", &[I64], &[]),
    ("rgo_gorecover", &[I64], &[I64, I64]),
    ("rgo_setjmp", &[I64], &[I64]),
    ("rgo_defer_push", &[I64, I64], &[]),
    ("rgo_defer_push_outer", &[I64, I64], &[]),
    ("rgo_defer_return", &[I64], &[]),
    ("rgo_defer_wrapper", &[I64, I64], &[]),
    ("rgo_panic_index", &[I64, I64], &[]),
    ("rgo_panic_index_unsigned", &[I64, I64], &[]),
    ("rgo_panic_bounds", &[I64, I64, I64], &[]),
    ("rgo_panic_slice_convert", &[I64, I64], &[]),
    ("rgo_panic_divide", &[], &[]),
    ("rgo_panic_rangestate", &[I64], &[]),
    ("rgo_panic_shift", &[], &[]),
    ("rgo_panic_nil", &[], &[]),
    ("rgo_panic_wrap", &[I64, I64], &[]),
    ("rgo_panic_unsafe_slice_len", &[], &[]),
    ("rgo_panic_unsafe_string_len", &[], &[]),
    ("rgo_panic_type_assert", &[I64, I64, I64], &[]),
    ("rgo_assert_iface", &[I64, I64, I8], &[I64]),
    ("rgo_assert_iface_must", &[I64, I64, I64], &[I64]),
    ("rgo_itab_type", &[I64], &[I64]),
    ("rgo_efaceeq", &[I64, I64, I64, I64], &[I8]),
    ("rgo_ifaceeq", &[I64, I64, I64, I64], &[I8]),
    ("rgo_typed_equal", &[I64, I64, I64], &[I8]),
    ("rgo_string_concat", &[I64, I64, I64, I64], &[I64, I64]),
    ("rgo_string_cmp", &[I64, I64, I64, I64], &[I64]),
    ("rgo_string_eq", &[I64, I64, I64, I64], &[I8]),
    ("rgo_string_from_rune", &[I64], &[I64, I64]),
    ("rgo_string_from_bytes", &[I64, I64], &[I64, I64]),
    ("rgo_string_from_runes", &[I64, I64], &[I64, I64]),
    ("rgo_bytes_from_string", &[I64, I64, I64], &[]),
    ("rgo_runes_from_string", &[I64, I64, I64], &[]),
    ("rgo_decode_rune", &[I64, I64, I64], &[I64, I64]),
    ("rgo_complex128div", &[F64, F64, F64, F64], &[F64, F64]),
    ("rgo_fmin32", &[F32, F32], &[F32]),
    ("rgo_fmax32", &[F32, F32], &[F32]),
    ("rgo_fmin64", &[F64, F64], &[F64]),
    ("rgo_fmax64", &[F64, F64], &[F64]),
    ("rgo_makemap", &[I64, I64], &[I64]),
    ("rgo_mapaccess1", &[I64, I64, I64], &[I64]),
    ("rgo_mapaccess2", &[I64, I64, I64], &[I64, I64]),
    ("rgo_mapassign", &[I64, I64, I64], &[I64]),
    ("rgo_mapdelete", &[I64, I64, I64], &[]),
    ("rgo_mapclear", &[I64, I64], &[]),
    ("rgo_maplen", &[I64], &[I64]),
    ("rgo_mapiterinit", &[I64, I64, I64], &[]),
    ("rgo_mapiternext", &[I64], &[]),
    ("rgo_print_lock", &[], &[]),
    ("rgo_print_unlock", &[], &[]),
    ("rgo_print_space", &[], &[]),
    ("rgo_print_nl", &[], &[]),
    ("rgo_print_bool", &[I8], &[]),
    ("rgo_print_int", &[I64], &[]),
    ("rgo_print_uint", &[I64], &[]),
    ("rgo_print_float", &[F64], &[]),
    ("rgo_print_complex", &[F64, F64], &[]),
    ("rgo_print_string", &[I64, I64], &[]),
    ("rgo_print_pointer", &[I64], &[]),
    ("rgo_print_slice", &[I64, I64, I64], &[]),
    ("rgo_print_iface", &[I64, I64], &[]),
    // Equality and hash functions referred to by type descriptors.
    ("rgo_memequal", &[I64, I64, I64], &[I8]),
    ("rgo_memequal8", &[I64, I64, I64], &[I8]),
    ("rgo_memequal16", &[I64, I64, I64], &[I8]),
    ("rgo_memequal32", &[I64, I64, I64], &[I8]),
    ("rgo_memequal64", &[I64, I64, I64], &[I8]),
    ("rgo_memequal128", &[I64, I64, I64], &[I8]),
    ("rgo_strequal", &[I64, I64, I64], &[I8]),
    ("rgo_f32equal", &[I64, I64, I64], &[I8]),
    ("rgo_f64equal", &[I64, I64, I64], &[I8]),
    ("rgo_c64equal", &[I64, I64, I64], &[I8]),
    ("rgo_c128equal", &[I64, I64, I64], &[I8]),
    ("rgo_efaceequal", &[I64, I64, I64], &[I8]),
    ("rgo_ifaceequal", &[I64, I64, I64], &[I8]),
    ("rgo_generic_equal", &[I64, I64, I64], &[I8]),
    ("rgo_memhash", &[I64, I64, I64], &[I64]),
    ("rgo_memhash8", &[I64, I64, I64], &[I64]),
    ("rgo_memhash16", &[I64, I64, I64], &[I64]),
    ("rgo_memhash32", &[I64, I64, I64], &[I64]),
    ("rgo_memhash64", &[I64, I64, I64], &[I64]),
    ("rgo_memhash128", &[I64, I64, I64], &[I64]),
    ("rgo_strhash", &[I64, I64, I64], &[I64]),
    ("rgo_f32hash", &[I64, I64, I64], &[I64]),
    ("rgo_f64hash", &[I64, I64, I64], &[I64]),
    ("rgo_c64hash", &[I64, I64, I64], &[I64]),
    ("rgo_c128hash", &[I64, I64, I64], &[I64]),
    ("rgo_efacehash", &[I64, I64, I64], &[I64]),
    ("rgo_ifacehash", &[I64, I64, I64], &[I64]),
    ("rgo_generic_hash", &[I64, I64, I64], &[I64]),
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
