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
    /// Linker symbol, e.g. `main.fib`, `fmt.Println`, `main.T.M`,
    /// `main.(*T).M`, `main.main.func1`.
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
    /// For a function literal: the enclosing function's variables it
    /// uses, as (local of the enclosing function, local of this one).
    /// Each is shared by reference.
    pub captures: Vec<(LocalId, LocalId)>,
    /// Whether the body contains `defer` (lowering adds a defer frame).
    pub has_defer: bool,
    /// Whether the body calls `recover` directly.
    pub has_recover: bool,
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
    Copy,
    Delete,
    Clear,
    /// `make(T, args...)`: the type is the expression's.
    Make,
    /// `new(T)`: the pointer type is the expression's.
    New,
    Min,
    Max,
    Complex,
    Real,
    Imag,
    Recover,
    Close,
    /// `unsafe.Add(p, n)`
    UnsafeAdd,
    /// `unsafe.Slice(p, n)`
    UnsafeSlice,
    /// `unsafe.SliceData(s)`
    UnsafeSliceData,
    /// `unsafe.String(p, n)`
    UnsafeString,
    /// `unsafe.StringData(s)`
    UnsafeStringData,
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
    /// Indexing a string, slice or array (bounds checked); an array may
    /// be reached through a pointer (`x` is then a `Deref`).
    Index {
        x: Box<Expr>,
        index: Box<Expr>,
    },
    /// `m[k]`; with `comma_ok`, `ty` is the tuple `(V, bool)`.
    MapIndex {
        m: Box<Expr>,
        key: Box<Expr>,
        comma_ok: bool,
    },
    /// `x[lo:hi:max]` of a string, slice, or array (an array operand is
    /// addressable, or reached through a pointer).
    SliceExpr {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// A slice literal of length `len`: sparse (index, value) pairs
    /// sorted by index; the rest are zero.
    SliceLit {
        len: u64,
        elems: Vec<(u64, Expr)>,
    },
    /// An array literal: sparse (index, value) pairs; the rest are zero.
    ArrayLit(Vec<(u64, Expr)>),
    /// A struct literal: (field index, value) pairs; the rest are zero.
    StructLit(Vec<(u32, Expr)>),
    /// A map literal: key/value pairs in source order.
    MapLit(Vec<(Expr, Expr)>),
    /// Field `index` of the struct value `x` (promoted selectors are
    /// spelled out as chains, with explicit `Deref`s).
    Field {
        x: Box<Expr>,
        index: u32,
    },
    /// `*p`, including implicit dereferences (`p.f`, `p[i]` on `*[N]T`).
    Deref(Box<Expr>),
    /// `&x` of an addressable `x`, or `&T{...}` (a fresh variable).
    AddrOf(Box<Expr>),
    /// A call of method `func` with the receiver already adjusted to the
    /// method's receiver type (`&x` or `*p` inserted), as a func value
    /// bound to `recv` (a method value) or as the callee of a `Call`.
    Method {
        recv: Box<Expr>,
        func: FuncId,
    },
    /// Method `index` (in the interface's sorted method list) of the
    /// interface value `x`: a dynamic call's callee, or a method value.
    IfaceMethod {
        x: Box<Expr>,
        index: u32,
    },
    /// A method expression `T.M` / `(*T).M` / `I.M`: a function whose
    /// first parameter is the receiver. `recv` is the receiver type
    /// written; `func` the declared method, or `None` for an interface.
    MethodExpr {
        recv: TypeId,
        name: String,
        func: Option<FuncId>,
    },
    /// `body` evaluated after the results of the multi-value call `value`
    /// are stored in `locals`: a builtin applied to a call's results
    /// (`copy(f())`, `println(g())`).
    Let {
        locals: Vec<LocalId>,
        value: Box<Expr>,
        body: Box<Expr>,
    },
    /// A function literal: the closure over `captures` of function `func`.
    Closure(FuncId),
    /// `x.(T)`; with `comma_ok`, `ty` is the tuple `(T, bool)`.
    TypeAssert {
        x: Box<Expr>,
        target: TypeId,
        comma_ok: bool,
    },
}

impl ExprKind {
    /// A slice literal holding `elems` in order (variadic arguments).
    pub fn dense_slice(elems: Vec<Expr>) -> ExprKind {
        ExprKind::SliceLit {
            len: elems.len() as u64,
            elems: elems
                .into_iter()
                .enumerate()
                .map(|(i, e)| (i as u64, e))
                .collect(),
        }
    }
}

/// Something that can be assigned to.
#[derive(Clone, Debug)]
pub enum LValue {
    Local(LocalId),
    Global(GlobalId),
    /// Any other addressable expression: `a[i]` of a slice or array,
    /// `s.f`, `*p`.
    Addr(Expr),
    /// `m[k]`
    MapIndex {
        m: Box<Expr>,
        key: Box<Expr>,
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
    /// A `for` loop; `cond` `None` loops forever. `vars` are the
    /// variables its init statement declares (each iteration has its own).
    For {
        target: TargetId,
        vars: Vec<LocalId>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x` over an integer, string, slice, array,
    /// pointer to array, map or function iterator.
    Range {
        target: TargetId,
        key: Option<LValue>,
        value: Option<LValue>,
        /// `for k, v := range` (new variables per iteration) rather than
        /// `for k, v = range` (assignments to existing ones).
        define: bool,
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
    /// `defer f(args)`: `call` is a `Call` or `Builtin` expression whose
    /// function value and arguments are evaluated at the statement.
    Defer(Expr),
    /// A label; `goto` targets it by id.
    Label(LabelId),
    Goto(LabelId),
}

/// A statement label that `goto` can jump to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LabelId(pub u32);
