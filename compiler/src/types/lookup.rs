//! This module implements selector lookup and method sets, as go/types'
//! lookup.go does: `x.f` names a field or method of `x`'s type, found
//! breadth-first through embedded fields. The shallowest match wins; two
//! matches at the same depth are ambiguous. A pointer to a defined type is
//! looked through once.
//!
//! The result is a `Selection`: the path of embedded field indices to the
//! struct or named type holding the name, plus what was found. Whether a
//! pointer must be followed along the path is read from the field types
//! by the caller, which builds the explicit `Field`/`Deref` chain.
//!
//! `missing_method` decides structural interface satisfaction with Go's
//! method-set rule: a method with a pointer receiver belongs to the method
//! set of `*T`, and of `T` only when reached through an embedded pointer.

use super::ty::{MethodDecl, Type, TypeId, TypeTable};

/// What a selector found.
#[derive(Clone, Debug)]
pub enum Found {
    /// A struct field: its index in the struct at the end of the path.
    Field { index: u32, ty: TypeId },
    /// A method declared on defined type `named`.
    Method { named: TypeId, decl: MethodDecl },
    /// A method of an interface type at the end of the path: its index in
    /// the interface's sorted method list.
    IfaceMethod {
        iface: TypeId,
        index: u32,
        sig: TypeId,
    },
}

#[derive(Clone, Debug)]
pub struct Selection {
    /// Embedded field indices leading to the holder of the name.
    pub path: Vec<u32>,
    pub found: Found,
    /// Whether the path follows a pointer (the receiver was a pointer, or
    /// an embedded field on the way is one).
    pub indirect: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupError {
    NotFound,
    /// Found more than once at the shallowest depth.
    Ambiguous,
}

/// One embedded type to search at the current depth.
#[derive(Clone)]
struct Embedded {
    ty: TypeId,
    path: Vec<u32>,
    indirect: bool,
    /// Reached by more than one path at this depth.
    multiples: bool,
}

/// Whether `name` matches: exported names match across packages,
/// unexported ones only within the package that declared them.
fn same_name(name: &str, pkg: &str, want: &str, want_pkg: &str) -> bool {
    name == want && (pkg.is_empty() || want_pkg.is_empty() || pkg == want_pkg)
}

impl TypeTable {
    /// Looks up field or method `name` (spelled in package `pkg`) in `t`.
    pub fn lookup(&self, t: TypeId, name: &str, pkg: &str) -> Result<Selection, LookupError> {
        let named_ptr = matches!(self.get(t), Type::Named { .. })
            && matches!(self.get(self.underlying(t)), Type::Pointer(_));
        let s = self.lookup_impl(t, name, pkg)?;
        match s.found {
            // A defined pointer type has no methods (go/types discards
            // them); its base's fields are still reachable.
            Found::Method { .. } | Found::IfaceMethod { .. } if named_ptr => {
                Err(LookupError::NotFound)
            }
            _ => Ok(s),
        }
    }

    fn lookup_impl(&self, t: TypeId, name: &str, pkg: &str) -> Result<Selection, LookupError> {
        let (start, indirect) = match self.get(t) {
            Type::Pointer(e) if !self.is_interface(*e) => (*e, true),
            Type::Named { .. } => match self.get(self.underlying(t)) {
                Type::Pointer(e) => (*e, true),
                _ => (t, false),
            },
            _ => (t, false),
        };
        let mut current = vec![Embedded {
            ty: start,
            path: Vec::new(),
            indirect,
            multiples: false,
        }];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut hits: Vec<(Selection, bool)> = Vec::new();
            for e in &current {
                if self.is_named(e.ty) {
                    if seen.contains(&e.ty) {
                        continue;
                    }
                    seen.push(e.ty);
                }
                self.search_one(e, name, pkg, &mut hits, &mut next);
            }
            match hits.len() {
                0 => current = consolidate(next),
                1 if !hits[0].1 => return Ok(hits.pop().unwrap().0),
                _ => return Err(LookupError::Ambiguous),
            }
        }
        Err(LookupError::NotFound)
    }

    /// Searches one type at the current depth: its methods, then its
    /// fields (queueing embedded ones) or interface methods.
    fn search_one(
        &self,
        e: &Embedded,
        name: &str,
        pkg: &str,
        hits: &mut Vec<(Selection, bool)>,
        next: &mut Vec<Embedded>,
    ) {
        let sel = |found| Selection {
            path: e.path.clone(),
            found,
            indirect: e.indirect,
        };
        if self.is_named(e.ty)
            && let Some(m) = self
                .methods(e.ty)
                .iter()
                .find(|m| same_name(&m.name, &m.pkg, name, pkg))
        {
            let found = Found::Method {
                named: e.ty,
                decl: m.clone(),
            };
            hits.push((sel(found), e.multiples));
            return;
        }
        match self.get(self.underlying(e.ty)) {
            Type::Struct(fields) => {
                for (i, f) in fields.iter().enumerate() {
                    if same_name(&f.name, &f.pkg, name, pkg) {
                        let found = Found::Field {
                            index: i as u32,
                            ty: f.ty,
                        };
                        hits.push((sel(found), e.multiples));
                    }
                    if f.embedded {
                        let (ty, ptr) = match self.get(f.ty) {
                            Type::Pointer(b) => (*b, true),
                            _ => (f.ty, false),
                        };
                        let mut path = e.path.clone();
                        path.push(i as u32);
                        next.push(Embedded {
                            ty,
                            path,
                            indirect: e.indirect || ptr,
                            multiples: e.multiples,
                        });
                    }
                }
            }
            Type::Interface(ms) => {
                if let Some(i) = ms
                    .iter()
                    .position(|m| same_name(&m.name, &m.pkg, name, pkg))
                {
                    let found = Found::IfaceMethod {
                        iface: e.ty,
                        index: i as u32,
                        sig: ms[i].sig,
                    };
                    hits.push((sel(found), e.multiples));
                }
            }
            _ => {}
        }
    }

    /// The first method of interface `iface` that `t` lacks, and why.
    /// `None` when `t` implements `iface`.
    pub fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<(String, Missing)> {
        let Type::Interface(want) = self.get(self.underlying(iface)) else {
            return None;
        };
        for m in want {
            if let Some(why) = self.method_problem(t, &m.name, &m.pkg, m.sig) {
                return Some((m.name.clone(), why));
            }
        }
        None
    }

    fn method_problem(&self, t: TypeId, name: &str, pkg: &str, sig: TypeId) -> Option<Missing> {
        if let Type::Interface(have) = self.get(self.underlying(t)) {
            return match have.iter().find(|h| h.name == name && h.pkg == pkg) {
                Some(h) if h.sig == sig => None,
                Some(h) => Some(Missing::WrongType { have: h.sig }),
                None => Some(Missing::NotFound),
            };
        }
        let Ok(sel) = self.lookup(t, name, pkg) else {
            return Some(self.case_fold_miss(t, name));
        };
        match sel.found {
            // A signature in error was reported where it was declared.
            Found::Method { decl, .. } if decl.sig == super::ty::ids::INVALID => None,
            Found::Method { decl, .. } => {
                if decl.sig != sig {
                    return Some(Missing::WrongType { have: decl.sig });
                }
                let is_ptr = matches!(self.get(t), Type::Pointer(_));
                if decl.ptr_recv && !is_ptr && !sel.indirect {
                    return Some(Missing::PointerReceiver);
                }
                None
            }
            Found::IfaceMethod { sig: have, .. } if have == sig => None,
            Found::IfaceMethod { sig: have, .. } => Some(Missing::WrongType { have }),
            Found::Field { .. } => Some(Missing::NotFound),
        }
    }

    /// A missing method, noting a method whose name differs only in case.
    fn case_fold_miss(&self, t: TypeId, name: &str) -> Missing {
        let base = self.pointee(t).unwrap_or(t);
        let alt = self
            .methods(base)
            .iter()
            .find(|m| m.name.eq_ignore_ascii_case(name) && m.name != name);
        match alt {
            Some(m) => Missing::WrongName {
                have: m.name.clone(),
                sig: m.sig,
            },
            None => Missing::NotFound,
        }
    }
}

/// Why a type does not implement an interface method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    NotFound,
    /// The method exists with a pointer receiver, not in the value's set.
    PointerReceiver,
    /// The method exists with another signature.
    WrongType {
        have: TypeId,
    },
    /// A method whose name differs only in case.
    WrongName {
        have: String,
        sig: TypeId,
    },
}

/// Merges entries for the same type at one depth, marking it as reached
/// more than once.
fn consolidate(list: Vec<Embedded>) -> Vec<Embedded> {
    let mut out: Vec<Embedded> = Vec::new();
    for e in list {
        match out.iter_mut().find(|o| o.ty == e.ty) {
            Some(o) => o.multiples = true,
            None => out.push(e),
        }
    }
    out
}
