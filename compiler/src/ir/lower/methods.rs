//! This module implements method sets for type descriptors and itabs:
//! for every type that can be the dynamic type of an interface value (and
//! every defined type with methods, and pointers to them), the sorted list
//! of its methods with the function an interface calls for each (an
//! "ifn", closure.rs). The runtime builds itabs for interface assertions
//! from these tables; codegen emits static itabs from them.

use super::Builder;
use super::closure::MethodEntry;
use crate::types::lookup::Found;
use crate::types::ty::{Type, TypeId};
use std::collections::HashMap;

impl<'a, 'm> Builder<'a, 'm> {
    /// The method set of `t`, sorted by name, with ifns generated.
    pub fn method_table(&mut self, t: TypeId) -> Vec<MethodEntry> {
        let mut out = Vec::new();
        for (name, pkg) in self.candidate_names(t) {
            let Ok(sel) = self.tt.lookup(t, &name, &pkg) else {
                continue;
            };
            let sig = match &sel.found {
                Found::Method { decl, .. } => {
                    let is_ptr = matches!(self.tt.get(t), Type::Pointer(_));
                    if decl.ptr_recv && !is_ptr && !sel.indirect {
                        continue;
                    }
                    decl.sig
                }
                Found::IfaceMethod { sig, .. } => *sig,
                Found::Field { .. } => continue,
            };
            if self.tt.is_interface(t) {
                continue;
            }
            let ifn = self.ifn(t, &name, &pkg, sig);
            out.push(MethodEntry {
                name,
                pkg,
                sig,
                ifn,
            });
        }
        out.sort_by(|a, b| a.name.cmp(&b.name).then(a.pkg.cmp(&b.pkg)));
        out
    }

    /// Every method name reachable from `t` through embedding.
    fn candidate_names(&self, t: TypeId) -> Vec<(String, String)> {
        let mut names = Vec::new();
        let mut seen = Vec::new();
        let start = match self.tt.get(t) {
            Type::Pointer(e) => *e,
            _ => t,
        };
        let mut queue = vec![(start, 0)];
        while let Some((ty, depth)) = queue.pop() {
            if seen.contains(&ty) || depth > 16 {
                continue;
            }
            seen.push(ty);
            for m in self.tt.methods(ty) {
                names.push((m.name.clone(), m.pkg.clone()));
            }
            match self.tt.under(ty) {
                Type::Struct(fields) => {
                    for f in fields.iter().filter(|f| f.embedded) {
                        let ft = self.tt.pointee(f.ty).unwrap_or(f.ty);
                        queue.push((ft, depth + 1));
                    }
                }
                Type::Interface(ms) if depth > 0 => {
                    names.extend(ms.iter().map(|m| (m.name.clone(), m.pkg.clone())));
                }
                _ => {}
            }
        }
        names.sort();
        names.dedup();
        names
    }
}

/// Builds the method tables of every dynamic type and every defined type
/// with methods (and its pointer type), generating ifns as needed.
pub(super) fn build_tables(b: &mut Builder) -> HashMap<TypeId, Vec<MethodEntry>> {
    let mut tables: HashMap<TypeId, Vec<MethodEntry>> = HashMap::new();
    for named in b.tt.types_with_methods() {
        b.m.dynamic.insert(named);
        let p = b.tt.pointer(named);
        b.m.dynamic.insert(p);
    }
    loop {
        let todo: Vec<TypeId> =
            b.m.dynamic
                .iter()
                .copied()
                .filter(|t| !tables.contains_key(t))
                .collect();
        if todo.is_empty() {
            break;
        }
        for t in todo {
            let table = b.method_table(t);
            tables.insert(t, table);
        }
    }
    tables
}
