//! This module implements the universe scope: the predeclared types,
//! constants, `nil` and the builtin functions.

use super::constant::Const;
use super::scope::{BuiltinName, ObjKind, ScopeId, Scopes};
use super::ty::{Method, Type, TypeId, TypeTable, ids};
use super::typed::Builtin;
use crate::source::Span;

pub fn build(sc: &mut Scopes, tt: &mut TypeTable) -> ScopeId {
    let u = sc.new_scope(None);
    let add = |sc: &mut Scopes, name: &str, kind: ObjKind| {
        let o = sc.new_obj(name, kind, Span::default());
        sc.declare(u, o);
    };
    let types: [(&str, TypeId); 21] = [
        ("bool", ids::BOOL),
        ("int", ids::INT),
        ("int8", ids::INT8),
        ("int16", ids::INT16),
        ("int32", ids::INT32),
        ("int64", ids::INT64),
        ("uint", ids::UINT),
        ("uint8", ids::UINT8),
        ("uint16", ids::UINT16),
        ("uint32", ids::UINT32),
        ("uint64", ids::UINT64),
        ("uintptr", ids::UINTPTR),
        ("float32", ids::FLOAT32),
        ("float64", ids::FLOAT64),
        ("complex64", ids::COMPLEX64),
        ("complex128", ids::COMPLEX128),
        ("string", ids::STRING),
        ("byte", ids::UINT8),
        ("rune", ids::INT32),
        ("any", ids::ANY),
        ("error", error_type(tt)),
    ];
    for (name, ty) in types {
        add(sc, name, ObjKind::TypeName(ty));
    }
    add(
        sc,
        "true",
        ObjKind::Const(ids::UNTYPED_BOOL, Const::Bool(true)),
    );
    add(
        sc,
        "false",
        ObjKind::Const(ids::UNTYPED_BOOL, Const::Bool(false)),
    );
    add(sc, "nil", ObjKind::Nil);
    for (name, b) in [
        ("len", Builtin::Len),
        ("cap", Builtin::Cap),
        ("append", Builtin::Append),
        ("print", Builtin::Print),
        ("println", Builtin::Println),
        ("panic", Builtin::Panic),
        ("copy", Builtin::Copy),
        ("delete", Builtin::Delete),
        ("clear", Builtin::Clear),
        ("make", Builtin::Make),
        ("new", Builtin::New),
        ("min", Builtin::Min),
        ("max", Builtin::Max),
        ("complex", Builtin::Complex),
        ("real", Builtin::Real),
        ("imag", Builtin::Imag),
        ("recover", Builtin::Recover),
    ] {
        add(sc, name, ObjKind::Builtin(BuiltinName::Supported(b)));
    }
    add(
        sc,
        "close",
        ObjKind::Builtin(BuiltinName::Unsupported("close")),
    );
    // `iota` and `comparable` are handled where they may appear.
    u
}

/// Fills the scope of package `unsafe`.
pub fn unsafe_package(sc: &mut Scopes, scope: ScopeId) {
    let add = |sc: &mut Scopes, name: &str, kind: ObjKind| {
        let o = sc.new_obj(name, kind, Span::default());
        sc.declare(scope, o);
    };
    add(sc, "Pointer", ObjKind::TypeName(ids::UNSAFE_POINTER));
    for (name, b) in [
        ("Sizeof", BuiltinName::Sizeof),
        ("Alignof", BuiltinName::Alignof),
        ("Offsetof", BuiltinName::Offsetof),
        ("Add", BuiltinName::Supported(Builtin::UnsafeAdd)),
        ("Slice", BuiltinName::Supported(Builtin::UnsafeSlice)),
        (
            "SliceData",
            BuiltinName::Supported(Builtin::UnsafeSliceData),
        ),
        ("String", BuiltinName::Supported(Builtin::UnsafeString)),
        (
            "StringData",
            BuiltinName::Supported(Builtin::UnsafeStringData),
        ),
    ] {
        add(sc, name, ObjKind::Builtin(b));
    }
}

/// `error`: a named interface type with `Error() string`.
fn error_type(tt: &mut TypeTable) -> TypeId {
    let sig = tt.intern(Type::Func {
        params: vec![],
        results: vec![ids::STRING],
        variadic: false,
    });
    let iface = tt.intern(Type::Interface(vec![Method {
        name: "Error".into(),
        pkg: String::new(),
        sig,
    }]));
    let named = tt.intern(Type::Named {
        name: "error".into(),
        pkg: String::new(),
        decl: u32::MAX,
    });
    tt.set_underlying(named, iface);
    named
}
