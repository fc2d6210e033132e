//! This module implements the three small assembly routines defer and
//! recover are built on, for x86_64 and aarch64:
//!
//! - `rgo_setjmp(buf)`: saves the callee-saved registers, the stack
//!   pointer and the return address in `buf` (the header of a function's
//!   defer frame) and returns 0.
//! - `rgo_longjmp(buf, val)`: restores them and returns `val` (nonzero)
//!   from that `rgo_setjmp` call again. Used only to resume the function
//!   whose deferred call recovered a panic; its frame is still live.
//! - `rgo_calldefer(closure, sp_out)`: calls a Go func value with no
//!   arguments, first storing in `*sp_out` the stack pointer at the call
//!   instruction. In the callee that is its frame pointer + 16 on both
//!   architectures, which `recover` compares to know it is called directly
//!   by the deferred call.
//!
//! Buffer layout (words): x86_64 rbx rbp r12 r13 r14 r15 rsp rip;
//! aarch64 x19..x28 x29 x30 sp d8..d15.

#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".globl rgo_setjmp",
    ".type rgo_setjmp,@function",
    "rgo_setjmp:",
    "mov [rdi], rbx",
    "mov [rdi+8], rbp",
    "mov [rdi+16], r12",
    "mov [rdi+24], r13",
    "mov [rdi+32], r14",
    "mov [rdi+40], r15",
    "lea rdx, [rsp+8]",
    "mov [rdi+48], rdx",
    "mov rdx, [rsp]",
    "mov [rdi+56], rdx",
    "xor eax, eax",
    "ret",
    ".size rgo_setjmp, .-rgo_setjmp",
    ".globl rgo_longjmp",
    ".type rgo_longjmp,@function",
    "rgo_longjmp:",
    "mov rbx, [rdi]",
    "mov rbp, [rdi+8]",
    "mov r12, [rdi+16]",
    "mov r13, [rdi+24]",
    "mov r14, [rdi+32]",
    "mov r15, [rdi+40]",
    "mov rsp, [rdi+48]",
    "mov rax, rsi",
    "jmp qword ptr [rdi+56]",
    ".size rgo_longjmp, .-rgo_longjmp",
    ".globl rgo_calldefer",
    ".type rgo_calldefer,@function",
    "rgo_calldefer:",
    "push rbp",
    "mov rbp, rsp",
    "mov [rsi], rsp",
    "mov rax, [rdi]",
    "call rax",
    "pop rbp",
    "ret",
    ".size rgo_calldefer, .-rgo_calldefer",
);

#[cfg(target_arch = "aarch64")]
std::arch::global_asm!(
    ".globl rgo_setjmp",
    ".type rgo_setjmp,%function",
    "rgo_setjmp:",
    "stp x19, x20, [x0, #0]",
    "stp x21, x22, [x0, #16]",
    "stp x23, x24, [x0, #32]",
    "stp x25, x26, [x0, #48]",
    "stp x27, x28, [x0, #64]",
    "stp x29, x30, [x0, #80]",
    "mov x2, sp",
    "str x2, [x0, #96]",
    "stp d8, d9, [x0, #104]",
    "stp d10, d11, [x0, #120]",
    "stp d12, d13, [x0, #136]",
    "stp d14, d15, [x0, #152]",
    "mov x0, #0",
    "ret",
    ".size rgo_setjmp, .-rgo_setjmp",
    ".globl rgo_longjmp",
    ".type rgo_longjmp,%function",
    "rgo_longjmp:",
    "ldp x19, x20, [x0, #0]",
    "ldp x21, x22, [x0, #16]",
    "ldp x23, x24, [x0, #32]",
    "ldp x25, x26, [x0, #48]",
    "ldp x27, x28, [x0, #64]",
    "ldp x29, x30, [x0, #80]",
    "ldr x2, [x0, #96]",
    "mov sp, x2",
    "ldp d8, d9, [x0, #104]",
    "ldp d10, d11, [x0, #120]",
    "ldp d12, d13, [x0, #136]",
    "ldp d14, d15, [x0, #152]",
    "mov x0, x1",
    "br x30",
    ".size rgo_longjmp, .-rgo_longjmp",
    ".globl rgo_calldefer",
    ".type rgo_calldefer,%function",
    "rgo_calldefer:",
    "stp x29, x30, [sp, #-16]!",
    "mov x29, sp",
    "mov x9, sp",
    "str x9, [x1]",
    "ldr x9, [x0]",
    "blr x9",
    "ldp x29, x30, [sp], #16",
    "ret",
    ".size rgo_calldefer, .-rgo_calldefer",
);

unsafe extern "C" {
    /// See the module comment.
    pub fn rgo_longjmp(buf: *mut u64, val: usize) -> !;
    /// See the module comment. `closure` points to a Go func value.
    pub fn rgo_calldefer(closure: *const u8, sp_out: *mut usize);
}
