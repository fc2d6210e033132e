//! This module implements the report of initialization cycles, as go/types
//! does. The package's constants and variables are the nodes of a graph
//! whose edges are their dependencies, followed through the bodies of the
//! functions they refer to. Nodes are removed one at a time, constants
//! first, then by fewest outstanding dependencies and source order; a node
//! removed while it still has dependencies lies on a cycle if a path leads
//! from it back to itself, and that path is reported.

use super::check::Checker;
use super::initorder::{Dep, VarInit};
use super::scope::ObjId;
use crate::diag::Diagnostic;
use crate::source::Span;
use std::collections::{HashMap, HashSet};

/// The dependency graph of one package: its constants, variables and
/// functions, each with its dependencies inside the package.
struct Graph {
    deps: HashMap<Dep, Vec<Dep>>,
    /// The constants and variables, in source order.
    vals: Vec<ObjId>,
    consts: HashSet<ObjId>,
}

impl<'a> Checker<'a> {
    /// Reports every initialization cycle among the package's constants
    /// and variables.
    pub(super) fn report_init_cycles(&mut self, inits: &[VarInit]) {
        let g = self.dependency_graph(inits);
        let index: HashMap<ObjId, usize> =
            g.vals.iter().enumerate().map(|(i, o)| (*o, i)).collect();
        let succs: Vec<HashSet<usize>> = g
            .vals
            .iter()
            .map(|o| self.value_succs(&g, *o, &index))
            .collect();
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); g.vals.len()];
        for (i, s) in succs.iter().enumerate() {
            for &j in s {
                preds[j].push(i);
            }
        }
        let mut ndeps: Vec<usize> = succs.iter().map(|s| s.len()).collect();
        let mut removed = vec![false; g.vals.len()];
        while let Some(n) = (0..g.vals.len())
            .filter(|&i| !removed[i])
            .min_by_key(|&i| (!g.consts.contains(&g.vals[i]), ndeps[i], i))
        {
            removed[n] = true;
            if ndeps[n] > 0 {
                let from = Dep::Obj(g.vals[n]);
                if let Some(cycle) = find_path(&g, from) {
                    self.report_cycle(&cycle);
                }
            }
            for &p in &preds[n] {
                ndeps[p] -= 1;
            }
        }
    }

    fn dependency_graph(&mut self, inits: &[VarInit]) -> Graph {
        let mut deps: HashMap<Dep, Vec<Dep>> = HashMap::new();
        let mut consts = HashSet::new();
        for v in inits {
            for o in &v.objs {
                deps.insert(Dep::Obj(*o), v.deps.clone());
            }
        }
        for (o, d) in std::mem::take(&mut self.const_deps) {
            consts.insert(o);
            deps.insert(Dep::Obj(o), d);
        }
        for (f, d) in &self.func_deps {
            if f.0 >= self.pkg_first_func {
                deps.insert(Dep::Func(*f), d.clone());
            }
        }
        let keys: HashSet<Dep> = deps.keys().copied().collect();
        for list in deps.values_mut() {
            list.retain(|d| keys.contains(d));
            list.sort_by_key(|d| self.dep_order(*d));
            list.dedup();
        }
        let mut vals: Vec<ObjId> = keys
            .iter()
            .filter_map(|d| match d {
                Dep::Obj(o) => Some(*o),
                Dep::Func(_) => None,
            })
            .collect();
        vals.sort_by_key(|o| self.dep_order(Dep::Obj(*o)));
        Graph { deps, vals, consts }
    }

    /// The constants and variables `o` depends on directly or through
    /// functions only.
    fn value_succs(&self, g: &Graph, o: ObjId, index: &HashMap<ObjId, usize>) -> HashSet<usize> {
        let mut out = HashSet::new();
        let mut seen = HashSet::new();
        let mut stack: Vec<Dep> = g.deps[&Dep::Obj(o)].clone();
        while let Some(d) = stack.pop() {
            match d {
                Dep::Obj(v) => {
                    out.insert(index[&v]);
                }
                Dep::Func(_) if seen.insert(d) => stack.extend(g.deps[&d].iter().copied()),
                Dep::Func(_) => {}
            }
        }
        out
    }

    fn dep_span(&self, d: Dep) -> Span {
        match d {
            Dep::Obj(o) => self.sc.obj(o).span,
            Dep::Func(f) => self.prog.funcs[f.0 as usize].span,
        }
    }

    fn dep_order(&self, d: Dep) -> (u32, u32) {
        let s = self.dep_span(d);
        (s.file.0, s.start)
    }

    fn dep_name(&self, d: Dep) -> String {
        match d {
            Dep::Obj(o) => self.sc.obj(o).name.clone(),
            Dep::Func(f) => {
                let sym = &self.prog.funcs[f.0 as usize].symbol;
                sym.rsplit('.').next().unwrap_or(sym).to_string()
            }
        }
    }

    /// gc's report of the cycle `cycle` (a path reversed: the node it
    /// starts and ends at first, then back along the references).
    fn report_cycle(&mut self, cycle: &[Dep]) {
        let first = cycle[0];
        let name = self.dep_name(first);
        let span = self.dep_span(first);
        if cycle.len() == 1 {
            self.error(
                span,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut d = Diagnostic::new(span, format!("initialization cycle for {name}"));
        let mut obj = first;
        for j in (0..cycle.len()).rev() {
            d = d.with_note(
                self.dep_span(obj),
                format!("{} refers to", self.dep_name(obj)),
            );
            obj = cycle[j];
        }
        d = d.with_note(self.dep_span(obj), self.dep_name(obj));
        self.diags.push(d);
    }
}

/// A path of dependencies from `from` back to itself, as go/types'
/// findPath gives it: `from` first, then the path's nodes from last to
/// first. Dependencies are searched depth first in source order.
fn find_path(g: &Graph, from: Dep) -> Option<Vec<Dep>> {
    let mut seen = HashSet::from([from]);
    let mut stack: Vec<(Dep, usize)> = vec![(from, 0)];
    while let Some((node, i)) = stack.last_mut() {
        let deps = &g.deps[node];
        let Some(&d) = deps.get(*i) else {
            stack.pop();
            continue;
        };
        *i += 1;
        if d == from {
            let mut path = vec![from];
            path.extend(stack[1..].iter().rev().map(|(n, _)| *n));
            return Some(path);
        }
        if seen.insert(d) {
            stack.push((d, 0));
        }
    }
    None
}
