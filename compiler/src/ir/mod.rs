//! This module implements the mid-level IR: per function, a control-flow
//! graph of basic blocks over typed locals, in the style of Rust's MIR.
//!
//! Lowering (lower/) removes everything structured from the typed tree:
//! loops, switches, short-circuit operators, multi-value assignment,
//! string operations, interface boxing, bounds and division checks. What
//! remains is simple enough that codegen translates each instruction on
//! its own. Values of aggregate types (strings, slices, interfaces) are
//! first-class: codegen represents them as several scalar parts (layout).

pub mod layout;
pub mod lower;
pub mod print;

use crate::syntax::ast::{BinaryOp, UnaryOp};
use crate::types::constant::Const;
use crate::types::ty::TypeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Local(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlockId(pub u32);

/// The whole program after lowering.
pub struct Module {
    pub funcs: Vec<Function>,
    pub globals: Vec<GlobalDef>,
}

pub struct GlobalDef {
    pub symbol: String,
    pub ty: TypeId,
}

pub struct Function {
    pub symbol: String,
    pub params: Vec<Local>,
    pub results: Vec<TypeId>,
    /// The type of every local, parameters included.
    pub locals: Vec<TypeId>,
    /// Empty for a function implemented outside (the runtime).
    pub blocks: Vec<Block>,
    /// Exported under its symbol with the C ABI entry role (the program
    /// entry called by the runtime).
    pub is_entry: bool,
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
}

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Copy(Place),
    /// A constant of a basic type (integers, bools; strings become
    /// read-only data).
    Const(Const, TypeId),
    /// The zero value of a type.
    Zero(TypeId),
}

/// Functions callable from generated code.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    /// A Go function, by index in `Module::funcs`.
    Func(u32),
    /// A func value (pointer to a closure object).
    Indirect(Operand),
    /// A runtime function. With `sret`, the first argument is the address
    /// of a temporary that receives the (single) result.
    Runtime { name: &'static str, sret: bool },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Rvalue {
    Use(Operand),
    Unary(UnaryOp, Operand),
    /// Arithmetic, bitwise and comparison on operands of one basic type
    /// (given). Division and shifts are already guarded by lowering.
    Binary(BinaryOp, Operand, Operand, TypeId),
    /// Integer conversion between basic types.
    Convert(Operand, TypeId),
    /// The `index`-th scalar part of an aggregate (string: 0 ptr, 1 len;
    /// slice: 0 ptr, 1 len, 2 cap; interface: 0 type, 1 data).
    Part(Operand, usize),
    /// An aggregate of type `ty` built from its scalar parts.
    Make(TypeId, Vec<Operand>),
    /// `base + index * scale` on pointers.
    PtrAdd(Operand, Operand, u64),
    /// The address of a type descriptor.
    TypeDesc(TypeId),
    /// The address of a function as a func value.
    FuncAddr(u32),
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
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Goto(BlockId),
    Branch(Operand, BlockId, BlockId),
    /// Returns the current values of these locals.
    Return(Vec<Local>),
    /// After a call that never returns.
    Unreachable,
}
