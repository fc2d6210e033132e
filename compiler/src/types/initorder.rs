//! This module implements the order of package initialization, as the
//! spec defines it: repeatedly, the variable declaration that is earliest
//! in declaration order and ready (every package-level variable it refers
//! to is initialized) is initialized next. References count through the
//! bodies of the functions an initializer refers to, transitively, so the
//! checker records, for every initializer and every function body, the
//! package-level constants, variables and functions it mentions. Cycles
//! are reported by initcycle.rs.

use super::check::Checker;
use super::scope::{ObjId, ObjKind};
use super::typed::{FuncId, GlobalId, Stmt};
use std::collections::{HashMap, HashSet};

/// Something an initializer or function body refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Dep {
    /// A package-level constant or variable.
    Obj(ObjId),
    Func(FuncId),
}

/// One package-level var spec, checked, waiting to be ordered.
pub(super) struct VarInit {
    /// Declaration order: file, declaration, spec.
    pub key: (u32, u32, u32),
    pub globals: Vec<GlobalId>,
    /// The spec's variables, `_` included, in order.
    pub objs: Vec<ObjId>,
    pub stmt: Option<Stmt>,
    pub deps: Vec<Dep>,
}

impl<'a> Checker<'a> {
    /// Records a reference to a package-level variable or function while
    /// an initializer or function body is being checked.
    pub(super) fn note_dep(&mut self, d: Dep) {
        if let Some(deps) = &mut self.deps {
            deps.push(d);
        }
    }

    /// Appends the package's variable initializers to the program's
    /// initialization code, in the spec's order.
    pub(super) fn order_inits(&mut self) {
        let mut inits = std::mem::take(&mut self.var_inits);
        inits.sort_by_key(|v| v.key);
        let needs: Vec<HashSet<GlobalId>> =
            inits.iter().map(|v| self.reachable_vars(&v.deps)).collect();
        let mut done: HashSet<GlobalId> = HashSet::new();
        let mut emitted = vec![false; inits.len()];
        while let Some(i) = self.next_ready(&inits, &needs, &done, &emitted) {
            emitted[i] = true;
            done.extend(inits[i].globals.iter().copied());
            if let Some(s) = inits[i].stmt.take() {
                self.prog.init.push(s);
            }
        }
        self.report_init_cycles(&inits);
    }

    fn next_ready(
        &self,
        inits: &[VarInit],
        needs: &[HashSet<GlobalId>],
        done: &HashSet<GlobalId>,
        emitted: &[bool],
    ) -> Option<usize> {
        (0..inits.len()).find(|&i| !emitted[i] && needs[i].iter().all(|g| done.contains(g)))
    }

    /// The package-level variables `deps` refer to, directly or through
    /// the bodies of functions (transitively).
    fn reachable_vars(&self, deps: &[Dep]) -> HashSet<GlobalId> {
        let mut vars = HashSet::new();
        let mut seen: HashSet<FuncId> = HashSet::new();
        let mut stack: Vec<Dep> = deps.to_vec();
        while let Some(d) = stack.pop() {
            match d {
                Dep::Obj(o) => {
                    if let ObjKind::Global(g, _) = self.sc.obj(o).kind {
                        vars.insert(g);
                    }
                }
                Dep::Func(f) if seen.insert(f) => {
                    stack.extend(self.func_deps.get(&f).into_iter().flatten().copied());
                }
                Dep::Func(_) => {}
            }
        }
        vars
    }
}

/// Dependencies of every checked function body.
pub(super) type FuncDeps = HashMap<FuncId, Vec<Dep>>;
