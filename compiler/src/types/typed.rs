//! This module implements the typed tree, the checker's output and the
//! input of IR lowering. Compared with the syntax tree, every name is
//! resolved (to a local, a global or a function), every expression has a
//! type, constants are folded, untyped operands have their final types,
//! implicit conversions (to interfaces, of untyped constants) are explicit
//! nodes, and labels are resolved to the statements they name.

use super::constant::Const;
use super::ty::TypeId;
use crate::source::Span;
use crate::syntax::ast::{BinaryOp, UnaryOp};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GlobalId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FuncId(pub u32);
/// A loop, switch or select that `break`/`continue` can target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TargetId(pub u32);

/// The whole checked program: every package, flattened.
#[derive(Default)]
pub struct Program {
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    /// Package initialization, in order: dependencies first, then each
    /// package's variable initializers in Go's initialization order.
    pub init: Vec<Stmt>,
    /// `main.main`.
    pub main: Option<FuncId>,
}

pub struct Global {
    /// Linker symbol, e.g. `main.counter`.
    pub symbol: String,
    pub ty: TypeId,
}

pub struct Func {
    /// Linker symbol, e.g. `main.fib`, `fmt.Println`.
    pub symbol: String,
    /// The function's type (a `Type::Func`).
    pub sig: TypeId,
    /// Parameter and result locals (results are zeroed at entry).
    pub params: Vec<LocalId>,
    pub results: Vec<LocalId>,
    pub locals: Vec<LocalInfo>,
    /// `None` for a function implemented in the runtime.
    pub body: Option<Block>,
    pub span: Span,
}

pub struct LocalInfo {
    pub name: String,
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Len,
    Cap,
    Append,
    Print,
    Println,
    Panic,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Const(Const),
    /// The zero value of `ty` (also `nil` of a pointer, slice, interface...).
    Zero,
    Local(LocalId),
    Global(GlobalId),
    Func(FuncId),
    /// With `tuple_args`, `args` is one multi-value call whose results
    /// are the arguments (converted to the parameter types and packed
    /// into the variadic slice by lowering).
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        tuple_args: bool,
    },
    Builtin {
        which: Builtin,
        args: Vec<Expr>,
        /// `append(s, t...)`
        spread: bool,
    },
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    /// For comparisons `ty` is the result type and the operands share a type.
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// Conversion of a non-interface value to `ty` (not to an interface).
    Convert(Box<Expr>),
    /// Boxing a concrete value into interface type `ty`.
    ToIface(Box<Expr>),
    /// Indexing a string, slice or array (bounds checked).
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
    },
    SliceLit(Vec<Expr>),
    /// `x.(T)`; with `comma_ok`, `ty` is the tuple `(T, bool)`.
    TypeAssert {
        x: Box<Expr>,
        target: TypeId,
        comma_ok: bool,
    },
}

/// Something that can be assigned to.
#[derive(Clone, Debug)]
pub enum LValue {
    Local(LocalId),
    Global(GlobalId),
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
    },
    /// `_`
    Blank,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Case {
    /// Values compared with the tag; empty for `default`.
    pub values: Vec<Expr>,
    pub body: Block,
    pub fallthrough: bool,
}

#[derive(Clone, Debug)]
pub struct TypeCase {
    /// Types tested; `None` in the list is `nil`. Empty for `default`.
    pub types: Vec<Option<TypeId>>,
    /// The clause's own copy of the bound variable, if any.
    pub bind: Option<LocalId>,
    pub body: Block,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// Declares (zeroes) a fresh local.
    VarDecl(LocalId),
    /// Parallel assignment: all right sides are evaluated, then stored.
    /// A single call with several results may stand for several values.
    Assign {
        lhs: Vec<LValue>,
        rhs: Vec<Expr>,
    },
    /// `x op= y`, `x++`: `lhs` is evaluated once.
    OpAssign {
        lhs: LValue,
        op: BinaryOp,
        rhs: Expr,
    },
    Block(Block),
    If {
        cond: Expr,
        then: Block,
        els: Option<Block>,
    },
    /// A `for` loop; `cond` `None` loops forever.
    For {
        target: TargetId,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range n` over an integer, or over a string or slice.
    Range {
        target: TargetId,
        key: Option<LValue>,
        value: Option<LValue>,
        x: Expr,
        body: Block,
    },
    Switch {
        target: TargetId,
        /// `None` for a tagless switch (cases are boolean conditions).
        tag: Option<Expr>,
        cases: Vec<Case>,
    },
    TypeSwitch {
        target: TargetId,
        x: Expr,
        cases: Vec<TypeCase>,
    },
    Return(Vec<Expr>),
    Break(TargetId),
    Continue(TargetId),
}
