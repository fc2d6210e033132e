//! This module implements objects (what a name denotes) and scopes (which
//! names are visible where). Scopes live in an arena and point to their
//! parent: universe <- package <- file <- function <- blocks. Package-level
//! objects start as `Pending` and are resolved on first use, which gives
//! declaration-order independence and cycle detection.

use super::constant::Const;
use super::ty::TypeId;
use super::typed::{Builtin, FuncId, GlobalId, LocalId};
use crate::source::Span;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ObjId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

/// Where a package-level declaration is: file, declaration, spec, name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeclRef {
    pub pkg: u32,
    pub file: u32,
    pub decl: u32,
    pub spec: u32,
    pub name: u32,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    /// Declared at package level, not yet checked.
    Pending(DeclRef),
    /// Being checked: reaching it again is an initialization cycle.
    InProgress,
    Const(TypeId, Const),
    /// A local variable of the function whose context has serial `owner`
    /// (function literals see their enclosing functions' locals).
    Local(LocalId, TypeId, u32),
    Global(GlobalId, TypeId),
    TypeName(TypeId),
    Func(FuncId, TypeId),
    Builtin(BuiltinName),
    Nil,
    /// An imported package, by index.
    Package(u32),
    /// A declaration that failed to check; uses are silently invalid.
    Invalid,
}

/// The predeclared functions. Some map onto `typed::Builtin`; the rest are
/// recognised so that using them is a clear "not supported yet".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinName {
    Supported(Builtin),
    Unsupported(&'static str),
    /// `unsafe.Sizeof`, `Alignof`, `Offsetof`: constant results.
    Sizeof,
    Alignof,
    Offsetof,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub span: Span,
    pub used: bool,
}

#[derive(Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<String, ObjId>,
}

/// Arena of all objects and scopes of a compilation.
#[derive(Default)]
pub struct Scopes {
    pub objs: Vec<Object>,
    scopes: Vec<Scope>,
}

impl Scopes {
    pub fn new_scope(&mut self, parent: Option<ScopeId>) -> ScopeId {
        self.scopes.push(Scope {
            parent,
            names: HashMap::new(),
        });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    pub fn new_obj(&mut self, name: &str, kind: ObjKind, span: Span) -> ObjId {
        self.objs.push(Object {
            name: name.to_string(),
            kind,
            span,
            used: false,
        });
        ObjId(self.objs.len() as u32 - 1)
    }

    /// Declares `obj` in `scope`; returns the previous object of that name
    /// in the same scope, if any (a redeclaration).
    pub fn declare(&mut self, scope: ScopeId, obj: ObjId) -> Option<ObjId> {
        let name = self.objs[obj.0 as usize].name.clone();
        if name == "_" {
            return None;
        }
        let names = &mut self.scopes[scope.0 as usize].names;
        if let Some(&prev) = names.get(&name) {
            return Some(prev);
        }
        names.insert(name, obj);
        None
    }

    /// Finds `name` in `scope` or its ancestors.
    pub fn lookup(&self, mut scope: ScopeId, name: &str) -> Option<ObjId> {
        loop {
            let s = &self.scopes[scope.0 as usize];
            if let Some(&o) = s.names.get(name) {
                return Some(o);
            }
            scope = s.parent?;
        }
    }

    /// Finds `name` in exactly `scope`.
    pub fn lookup_local(&self, scope: ScopeId, name: &str) -> Option<ObjId> {
        self.scopes[scope.0 as usize].names.get(name).copied()
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    pub fn parent(&self, scope: ScopeId) -> Option<ScopeId> {
        self.scopes[scope.0 as usize].parent
    }
}
