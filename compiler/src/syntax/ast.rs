//! This module implements the syntax tree of a Go source file.
//!
//! The tree follows go/ast closely: types are expressions (`Expr`), because
//! Go's grammar cannot tell `a[b]` (index) from `a[b]` (instantiation) or
//! `*p` (dereference) from `*T` (pointer type) without name resolution. The
//! checker decides which is which. Every node carries a `Span`.
//!
//! The tree is plain data: no ids, no back pointers, no type information.
//! The checker produces a separate typed tree from it.

use crate::source::Span;

/// An identifier with its position. `_` is an ordinary `Ident` here.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// One parsed source file.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    pub span: Span,
}

/// `import name "path"`. `name` is `None`, an identifier, `.` or `_`.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportSpec {
    pub name: Option<Ident>,
    /// The import path with quotes removed and escapes decoded.
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

/// A top-level or local declaration.
#[derive(Clone, Debug, PartialEq)]
pub enum Decl {
    /// `const ( ... )` or `const x = 1`. Specs keep their order; a spec with
    /// no type and no values repeats the previous one (iota semantics).
    Const {
        specs: Vec<ValueSpec>,
        span: Span,
    },
    Var {
        specs: Vec<ValueSpec>,
        span: Span,
    },
    Type {
        specs: Vec<TypeSpec>,
        span: Span,
    },
    Func(Box<FuncDecl>),
}

/// `a, b T = x, y` inside a const or var declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// Position of this spec in its group, which is the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

/// `Name[P any] T` or `Name = T` (alias).
#[derive(Clone, Debug, PartialEq)]
pub struct TypeSpec {
    pub name: Ident,
    /// Type parameters; empty when the type is not generic.
    pub tparams: Vec<Field>,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

/// A function or method declaration. `body` is `None` for a declaration
/// without a body (implemented elsewhere).
#[derive(Clone, Debug, PartialEq)]
pub struct FuncDecl {
    /// The receiver, for a method: exactly one field (name optional).
    pub recv: Option<Field>,
    pub name: Ident,
    pub tparams: Vec<Field>,
    pub sig: FuncType,
    pub body: Option<Block>,
    pub span: Span,
}

/// A group of names sharing a type, used for struct fields, parameters,
/// results, type parameters and receivers (like go/ast's Field). `names`
/// is empty for an embedded field or an unnamed parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// Struct tag (the string literal, decoded), struct fields only.
    pub tag: Option<String>,
    pub span: Span,
}

/// A function signature. A variadic last parameter has type
/// `ExprKind::Ellipsis(Some(elem))`.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Pos,    // +
    Neg,    // -
    Not,    // !
    BitNot, // ^
    Addr,   // &
    Recv,   // <-
    Tilde,  // ~ (constraint terms only)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,    // &
    Or,     // |
    Xor,    // ^
    Shl,    // <<
    Shr,    // >>
    AndNot, // &^
    LAnd,   // &&
    LOr,    // ||
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Ident(Ident),
    /// A literal exactly as written (`raw`), e.g. `0x1p-2`, `'\n'`, "`a`".
    BasicLit {
        kind: LitKind,
        raw: String,
    },
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`, or `f[T1, T2]` (instantiation, several indices).
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` set).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    /// `f(args)` or `f(args...)` (`ellipsis` is the span of `...`).
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: Option<Span>,
    },
    /// `*x`: dereference or pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `[N]T`; `len` is `Ellipsis(None)` for `[...]T`.
    ArrayType {
        len: Box<Expr>,
        elem: Box<Expr>,
    },
    /// `[]T`
    SliceType(Box<Expr>),
    StructType(Vec<Field>),
    /// `func(...) ...` as a type.
    FuncType(FuncType),
    InterfaceType(Vec<InterfaceElem>),
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    /// `...T` (variadic parameter type) or `...` (array length).
    Ellipsis(Option<Box<Expr>>),
    /// Placeholder after a syntax error.
    Bad,
}

/// An element of a composite literal: `value` or `key: value`.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

/// An element of an interface type: a method, or an embedded type or
/// type-set term (`~int | string` is a `Binary` `Or` of `Unary` `Tilde`).
#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceElem {
    Method { name: Ident, sig: FuncType },
    Embed(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=`
    Op(BinaryOp),
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Empty,
    /// A const, var or type declaration inside a function.
    Decl(Decl),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Another `If` statement or a `Block`.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
    },
    Select(Vec<CommClause>),
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (= | :=)] range x { ... }`
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}

/// `case a, b:` or `default:` (`exprs` is `None`). In a type switch the
/// expressions are types (`nil` allowed).
#[derive(Clone, Debug, PartialEq)]
pub struct CaseClause {
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `case comm:` or `default:` (`comm` is `None`) in a select. `comm` is a
/// `Send`, an `Expr` (receive), or an `Assign` whose right side is a receive.
#[derive(Clone, Debug, PartialEq)]
pub struct CommClause {
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
