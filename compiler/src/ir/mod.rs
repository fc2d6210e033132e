//! This module implements the mid-level IR: per function, a control-flow
//! graph of basic blocks over typed locals, in the style of Rust's MIR.
//!
//! Lowering (lower/) removes everything structured from the typed tree:
//! loops, switches, short-circuit operators, multi-value assignment,
//! string operations, interface boxing, closures (explicit environments),
//! method values, defer, bounds and division checks. What remains is
//! simple enough that codegen translates each instruction on its own.
//!
//! Values: a type whose layout has few scalar parts and no array (see
//! `layout::is_ssa`) travels as its parts (a string is a pointer and a
//! length); every other value lives in memory and is copied with memcpy.
//! Codegen keeps a local in registers unless its type is not SSA or its
//! address is taken (`Rvalue::AddrOf` of a place rooted at it).
//!
//! Calling convention of Go functions (not of the runtime): the first
//! parameter is the closure context (a pointer, 0 for direct calls of
//! declared functions), then a hidden result pointer when a result is not
//! SSA, then the parameters (non-SSA ones by pointer to a copy the callee
//! owns); SSA results are returned as their parts.

pub mod dce;
pub mod escape;
pub mod inline;
pub mod layout;
pub mod lower;
pub mod print;

use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::Const;
use crate::types::ty::TypeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Local(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlockId(pub u32);

/// The whole program after lowering.
pub struct Module {
    pub funcs: Vec<Function>,
    pub globals: Vec<GlobalDef>,
    /// The method set of each type that may be an interface's dynamic
    /// type, sorted by name, with the function interfaces call.
    pub method_tables: std::collections::HashMap<TypeId, Vec<lower::MethodEntry>>,
}

pub struct GlobalDef {
    pub symbol: String,
    pub ty: TypeId,
}

/// How a function is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Abi {
    /// A Go function: closure context first (see the module comment).
    Go,
    /// The program entry the runtime calls (C, no parameters).
    Entry,
    /// Implemented in the runtime under the Go symbol, with the C
    /// convention and parameters as scalar parts (no context).
    External,
}

pub struct Function {
    pub symbol: String,
    pub abi: Abi,
    pub params: Vec<Local>,
    /// For a closure body: the local receiving the context pointer.
    pub ctx: Option<Local>,
    pub results: Vec<TypeId>,
    /// The type of every local, parameters included.
    pub locals: Vec<TypeId>,
    /// Empty for an external function.
    pub blocks: Vec<Block>,
}

pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Terminator,
}

/// A storage location.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    Local(Local),
    /// A package-level variable, by index in `Module::globals`.
    Global(u32),
    /// Memory at address `addr` (a local holding a pointer), of type `ty`.
    Mem {
        addr: Local,
        ty: TypeId,
    },
    /// Field `index` of the struct at a place.
    Field(Box<Place>, u32),
    /// Element `index` (a local holding an int, already bounds-checked)
    /// of the array at a place.
    Elem(Box<Place>, Local),
}

impl Place {
    /// The local or global the place is inside of (not through memory).
    pub fn root(&self) -> &Place {
        match self {
            Place::Field(p, _) | Place::Elem(p, _) => p.root(),
            p => p,
        }
    }

    pub fn field(self, index: u32) -> Place {
        Place::Field(Box::new(self), index)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Copy(Place),
    /// A constant of a basic type (strings become read-only data).
    Const(Const, TypeId),
    /// The zero value of a type.
    Zero(TypeId),
}

/// Functions callable from generated code.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    /// A function of the module, by index (context 0).
    Func(u32),
    /// A func value: a pointer to a closure object whose first word is
    /// the code; the object is passed as the context.
    Closure(Operand),
    /// Code at an address, called with context 0 and the Go convention;
    /// `sig` is its function type (parameters as passed).
    Code { code: Operand, sig: TypeId },
    /// A runtime function. With `sret`, the first argument is the address
    /// of a temporary that receives the (single) result.
    Runtime { name: &'static str, sret: bool },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Rvalue {
    Use(Operand),
    Unary(UnaryOp, Operand),
    /// Arithmetic, bitwise and comparison on operands of one basic type
    /// (given): integers, floats, complex (`==`/`!=`, arithmetic but
    /// division), pointers. Division and shifts are already guarded.
    Binary(BinaryOp, Operand, Operand, TypeId),
    /// Numeric conversion between basic types (integers, floats, complex).
    Convert(Operand, TypeId),
    /// The `index`-th scalar part of an SSA value (string: 0 ptr, 1 len;
    /// slice: 0 ptr, 1 len, 2 cap; interface: 0 type, 1 data; complex:
    /// 0 real, 1 imag).
    Part(Operand, usize),
    /// An SSA value of type `ty` built from its scalar parts.
    Make(TypeId, Vec<Operand>),
    /// `base + index * scale` on pointers.
    PtrAdd(Operand, Operand, u64),
    /// The address of a place in memory.
    AddrOf(Place),
    /// A fresh zeroed heap object of the type; its address.
    New(TypeId),
    /// The address of read-only memory holding a constant of a basic
    /// type (an interface's data word for a boxed constant, as gc does).
    ConstAddr(Const, TypeId),
    /// The address of a type descriptor.
    TypeDesc(TypeId),
    /// The address of the itab for (interface type, concrete type).
    Itab(TypeId, TypeId),
    /// A static func value (closure object) for a function of the module.
    FuncValue(u32),
    /// The code address of a function of the module.
    CodeAddr(u32),
    /// The stack pointer the current function's caller had at the call
    /// (how `recover` identifies the deferred call's frame).
    CallerSp,
    /// The current stack pointer (a deferred-call wrapper's callee gets it
    /// as its caller's stack pointer).
    StackPointer,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    Assign(Place, Rvalue),
    /// A call; `dests` receive the results (fewer is fine: the rest are
    /// dropped).
    Call {
        dests: Vec<Place>,
        callee: Callee,
        args: Vec<Operand>,
    },
    /// The source position of the code that follows (a call site), for
    /// the program counter tables of runtime.Caller; no code.
    Pos(crate::source::Span),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Goto(BlockId),
    Branch(Operand, BlockId, BlockId),
    /// Returns the current values of these locals.
    Return(Vec<Local>),
    /// After a call that never returns.
    Unreachable,
    /// For a function with `defer`: saves the registers in the defer
    /// frame `frame` (a memory local) and continues in `next`; a panic
    /// recovered by one of this frame's deferred calls resumes in
    /// `recovered` (see lower/defer.rs).
    DeferSetup {
        frame: Local,
        /// Defined on the recovered path: the frame's address, as given
        /// back by the runtime (nothing computed before the setjmp is used
        /// after it).
        frame_ptr: Local,
        next: BlockId,
        recovered: BlockId,
    },
}
