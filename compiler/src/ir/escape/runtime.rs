//! This module implements what the escape analysis knows about calls into
//! the runtime (`Callee::Runtime`): which arguments the runtime keeps
//! beyond the call, which it copies pointers out of, and which it may copy
//! pointers between. A runtime function missing from the list keeps every
//! argument (the safe default), so a new runtime entry point is never
//! assumed harmless by accident.
//!
//! Independently of its effect, every call may write pointers the caller
//! cannot see into memory reachable from its arguments; flow.rs models
//! that for all calls alike.

/// The effect of one runtime function on its (IR) arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// No argument is kept or copied anywhere.
    Keeps,
    /// Every argument may be kept (the default).
    KeepsAll,
    /// The pointers stored in the memory argument `i` points to are copied
    /// to the heap (the argument itself is not kept).
    CopiesContentOf(usize),
    /// Copies memory (and the pointers in it) from argument `src` to
    /// argument `dst`.
    Copy { dst: usize, src: usize },
    /// Argument `i` is kept until the calling function returns (a deferred
    /// call), not beyond.
    KeepsUntilReturn(usize),
}

/// Runtime functions that keep nothing: argument pointers are only read
/// or written during the call.
const KEEPS_NOTHING: &[&str] = &[
    "rgo_memclr",
    "rgo_makeslice",
    "rgo_makemap",
    "rgo_mapaccess1",
    "rgo_mapaccess2",
    "rgo_mapdelete",
    "rgo_mapclear",
    "rgo_maplen",
    "rgo_mapiterinit",
    "rgo_mapiternext",
    "rgo_string_concat",
    "rgo_string_cmp",
    "rgo_string_eq",
    "rgo_string_from_rune",
    "rgo_string_from_bytes",
    "rgo_string_from_runes",
    "rgo_bytes_from_string",
    "rgo_runes_from_string",
    "rgo_decode_rune",
    "rgo_efaceeq",
    "rgo_ifaceeq",
    "rgo_typed_equal",
    "rgo_assert_iface",
    "rgo_assert_iface_must",
    "rgo_itab_type",
    "rgo_setjmp",
    "rgo_defer_return",
    "rgo_defer_wrapper",
    "rgo_gorecover",
    "rgo_set_error_constructor",
    "rgo_print_lock",
    "rgo_print_unlock",
    "rgo_print_space",
    "rgo_print_nl",
    "rgo_print_bool",
    "rgo_print_int",
    "rgo_print_uint",
    "rgo_print_float",
    "rgo_print_complex",
    "rgo_print_string",
    "rgo_print_pointer",
    "rgo_print_slice",
    "rgo_print_iface",
    "rgo_panic_index",
    "rgo_panic_index_unsigned",
    "rgo_panic_bounds",
    "rgo_panic_slice_convert",
    "rgo_panic_divide",
    "rgo_panic_rangestate",
    "rgo_panic_shift",
    "rgo_panic_nil",
    "rgo_panic_unsafe_slice_len",
    "rgo_panic_unsafe_string_len",
    "rgo_panic_type_assert",
    "rgo_complex128div",
    "rgo_fmin32",
    "rgo_fmax32",
    "rgo_fmin64",
    "rgo_fmax64",
];

pub fn effect(name: &str) -> Effect {
    match name {
        // (dst, src, n) and (dst, dlen, src, slen, size).
        "rgo_memmove" => Effect::Copy { dst: 0, src: 1 },
        "rgo_slicecopy" => Effect::Copy { dst: 0, src: 2 },
        // (old_ptr, old_len, old_cap, new_len, elem): the new array holds
        // copies of the old elements.
        "rgo_growslice" => Effect::CopiesContentOf(0),
        // (map type, map, key): the map keeps a copy of the key.
        "rgo_mapassign" => Effect::CopiesContentOf(2),
        // (frame, func value): on the goroutine's defer stack until the
        // frame returns or its panic ends the program.
        "rgo_defer_push" => Effect::KeepsUntilReturn(1),
        _ if KEEPS_NOTHING.contains(&name) => Effect::Keeps,
        _ => Effect::KeepsAll,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::runtime_calls::RUNTIME_CALLS;

    #[test]
    fn every_listed_function_exists_in_the_runtime_table() {
        for name in KEEPS_NOTHING {
            assert!(
                RUNTIME_CALLS.iter().any(|(n, _, _)| n == name),
                "{name} is not a runtime function"
            );
        }
    }

    #[test]
    fn unknown_functions_keep_their_arguments() {
        assert_eq!(effect("rgo_gopanic"), Effect::KeepsAll);
        assert_eq!(effect("rgo_something_new"), Effect::KeepsAll);
    }
}
