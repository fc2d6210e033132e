//! This module implements the detection of invalid declaration cycles, as
//! go/types does. While a package-level object's declaration is checked
//! it is on the object path; referring to an object on the path closes a
//! cycle. A cycle of constants and variables only is left to the
//! initialization-order check (initcycle.rs), one through a type
//! definition (and possibly other types and functions) is valid, and any
//! other cycle is reported here, from the object first in the source.

use super::check::Checker;
use super::scope::{ObjId, ObjKind};
use crate::diag::Diagnostic;
use crate::syntax::ast;

/// What a declaration on the object path declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PathKind {
    Value,
    TypeDef,
    Alias,
    Func,
}

impl PathKind {
    pub(super) fn of_decl(d: &ast::Decl, spec: usize) -> PathKind {
        match d {
            ast::Decl::Const { .. } | ast::Decl::Var { .. } => PathKind::Value,
            ast::Decl::Type { specs, .. } => Self::of_type_spec(&specs[spec]),
            ast::Decl::Func(_) => PathKind::Func,
        }
    }

    pub(super) fn of_type_spec(s: &ast::TypeSpec) -> PathKind {
        if s.alias {
            PathKind::Alias
        } else {
            PathKind::TypeDef
        }
    }
}

impl<'a> Checker<'a> {
    /// Whether `obj`'s declaration is being checked.
    pub(super) fn on_path(&self, obj: ObjId) -> bool {
        self.obj_path.iter().any(|(o, _)| *o == obj)
    }

    /// A use of `obj` while its declaration is being checked, whose kind
    /// so far is `kind`. Returns what the use denotes.
    pub(super) fn cycle_use(&mut self, obj: ObjId, kind: ObjKind) -> ObjKind {
        let Some(start) = self.obj_path.iter().position(|(o, _)| *o == obj) else {
            return ObjKind::Invalid;
        };
        let cycle = self.obj_path[start..].to_vec();
        if cycle[0].1 == PathKind::Func {
            // A function's own signature does not see it (go/types marks
            // it done while checking the signature).
            return kind;
        }
        let nval = cycle.iter().filter(|c| c.1 == PathKind::Value).count();
        let ndef = cycle.iter().filter(|c| c.1 == PathKind::TypeDef).count();
        if nval == cycle.len() {
            // Reported by the initialization-order check. A value still
            // in progress is invalid as an operand and not a type.
            return kind;
        }
        if nval == 0 && ndef > 0 {
            return kind;
        }
        let objs: Vec<ObjId> = cycle.iter().map(|c| c.0).collect();
        let is_type = |k: PathKind| matches!(k, PathKind::TypeDef | PathKind::Alias);
        let first = self.first_in_source(&objs);
        self.cycle_error(&objs, first, is_type(cycle[first].1));
        self.sc.obj_mut(obj).kind = ObjKind::Invalid;
        ObjKind::Invalid
    }

    fn first_in_source(&self, objs: &[ObjId]) -> usize {
        let key = |o: &ObjId| {
            let s = self.sc.obj(*o).span;
            (s.file, s.start)
        };
        (0..objs.len()).min_by_key(|&i| key(&objs[i])).unwrap_or(0)
    }

    /// gc's report of an invalid declaration cycle, starting at
    /// `objs[start]` and following references around the cycle.
    fn cycle_error(&mut self, objs: &[ObjId], start: usize, is_type: bool) {
        let o = self.sc.obj(objs[start]);
        let (span, name) = (o.span, o.name.clone());
        if objs.len() == 1 {
            let msg = if is_type {
                format!("invalid recursive type: {name} refers to itself")
            } else {
                format!("invalid cycle in declaration: {name} refers to itself")
            };
            self.error(span, msg);
            return;
        }
        let msg = if is_type {
            format!("invalid recursive type {name}")
        } else {
            format!("invalid cycle in declaration of {name}")
        };
        let mut d = Diagnostic::new(span, msg);
        for i in 0..=objs.len() {
            let o = self.sc.obj(objs[(start + i) % objs.len()]);
            let note = if i < objs.len() {
                format!("{} refers to", o.name)
            } else {
                o.name.clone()
            };
            d = d.with_note(o.span, note);
        }
        self.diags.push(d);
    }
}
