//! This module implements escape analysis on the IR: an allocation
//! (`Rvalue::New`: a variable's cell, `&T{...}`, `new(T)`, a closure
//! object, a slice literal's array, an interface's boxed value) whose
//! object cannot outlive its function's frame becomes a zeroed stack slot
//! of that frame instead of a heap object.
//!
//! Per function, flow.rs computes which objects escape; a site may then
//! use the stack when its object does not escape, is small (at most
//! `MAX_OBJECT` bytes, `MAX_FRAME` per function), and, when the site is
//! on a loop, no live local nor a deferred call still refers to the
//! previous iteration's object (live.rs). Calls are analysed through
//! summaries: for each function, which parameters (and the closure
//! context) leak, i.e. may be kept beyond the call or returned. A closure
//! object whose code leaks its context escapes where it is made, so that
//! calling an unknown func value never leaks the value itself. Summaries
//! start optimistic (nothing leaks) and grow to a fixpoint over a
//! worklist of callers; functions implemented in the runtime leak every
//! parameter.
//!
//! `RGO_ESCAPE_STATS=1` makes `rgo build` print how many allocation sites
//! moved to the stack; `RGO_ESCAPE_STATS=2` also prints every site with
//! its `Verdict` (as gc's `-m` does).

mod flow;
mod live;
mod runtime;
mod set;

use crate::ir::{Inst, Local, Module, Operand, Place, Rvalue};
use crate::types::ty::TypeTable;
use flow::{Flow, Obj};
use set::Set;

/// The largest object moved to the stack (gc's limit for implicit
/// allocations).
const MAX_OBJECT: u64 = 64 << 10;
/// The most bytes of stack objects one function gets.
const MAX_FRAME: u64 = 256 << 10;

/// How much of a parameter may be kept beyond the call or returned.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Leak {
    None,
    /// What its memory points to, not the object itself (`fmt.Println`'s
    /// `...any`: the interfaces' values, not the array).
    Content,
    Whole,
}

/// How much each parameter of a function leaks: index 0 is the closure
/// context, then the parameters in order.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Summary {
    leaks: Vec<Leak>,
}

impl Summary {
    fn leaks(&self, j: usize) -> Leak {
        self.leaks.get(j).copied().unwrap_or(Leak::Whole)
    }
}

/// Allocation sites in the module, and how many now use the stack.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub sites: usize,
    pub on_stack: usize,
}

/// Moves every allocation that cannot outlive its frame to the stack.
/// With `report`, prints the verdict on each site.
pub fn stack_allocate(m: &mut Module, tt: &TypeTable, report: bool) -> Stats {
    let decisions = analyse(m, tt);
    let mut stats = Stats::default();
    for (f, sites) in m.funcs.iter_mut().zip(decisions) {
        stats.sites += sites.len();
        let mut stack = Vec::new();
        for ((b, i, t), verdict) in sites {
            if report {
                eprintln!("{}: new({}): {verdict:?}", f.symbol, tt.display(t));
            }
            if verdict == Verdict::Stack {
                stack.push((b, i));
            }
        }
        stats.on_stack += stack.len();
        rewrite(f, stack);
    }
    stats
}

/// The verdict on every allocation site of every function, as
/// (function symbol, allocated type, verdict), without changing the
/// module (for tests and reports).
pub fn verdicts(m: &Module, tt: &TypeTable) -> Vec<(String, String, Verdict)> {
    let decisions = analyse(m, tt);
    let mut out = Vec::new();
    for (f, sites) in m.funcs.iter().zip(decisions) {
        for ((_, _, t), v) in sites {
            out.push((f.symbol.clone(), tt.display(t), v));
        }
    }
    out
}

/// Per function, its allocation sites (block, instruction, type) with
/// their verdicts.
type Decisions = Vec<(flow::Site, Verdict)>;

fn analyse(m: &Module, tt: &TypeTable) -> Vec<Decisions> {
    let n = m.funcs.len();
    let mut summaries: Vec<Summary> = m
        .funcs
        .iter()
        .map(|f| Summary {
            leaks: vec![
                if f.blocks.is_empty() {
                    Leak::Whole
                } else {
                    Leak::None
                };
                1 + f.params.len()
            ],
        })
        .collect();
    let callers = callers(m);
    let mut decisions = vec![Vec::new(); n];
    let mut queued = vec![true; n];
    let mut work: Vec<usize> = (0..n).rev().collect();
    while let Some(i) = work.pop() {
        queued[i] = false;
        let f = &m.funcs[i];
        if f.blocks.is_empty() {
            continue;
        }
        let flow = Flow::solve(f, tt, &summaries);
        let escaping = escaping(&flow, &summaries);
        let verdicts = decide(&flow, &escaping, tt);
        decisions[i] = flow.sites.iter().copied().zip(verdicts).collect();
        let summary = Summary {
            leaks: (0..1 + f.params.len())
                .map(|j| {
                    if escaping.contains(flow.objs.param(j)) {
                        Leak::Whole
                    } else if escaping.contains(flow.objs.deref(j)) {
                        Leak::Content
                    } else {
                        Leak::None
                    }
                })
                .collect(),
        };
        if summary != summaries[i] {
            summaries[i] = summary;
            for &c in &callers[i] {
                if !std::mem::replace(&mut queued[c], true) {
                    work.push(c);
                }
            }
        }
    }
    decisions
}

/// For each function, the functions whose analysis uses its summary: its
/// direct callers and the makers of closures running its code.
fn callers(m: &Module) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); m.funcs.len()];
    for (i, f) in m.funcs.iter().enumerate() {
        for inst in f.blocks.iter().flat_map(|b| &b.insts) {
            let callee = match inst {
                Inst::Call {
                    callee: crate::ir::Callee::Func(g),
                    ..
                } => *g,
                Inst::Assign(_, Rvalue::CodeAddr(g)) => *g,
                _ => continue,
            };
            let list: &mut Vec<usize> = &mut out[callee as usize];
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    out
}

/// The objects that may outlive the call: the escape roots, closure
/// objects whose code leaks its context, and all they reach.
fn escaping(flow: &Flow, summaries: &[Summary]) -> Set {
    let mut roots = flow.escapes.clone();
    for (k, codes) in flow.codes.iter().enumerate() {
        match codes.iter().map(|c| summaries[*c as usize].leaks(0)).max() {
            Some(Leak::Whole) => {
                roots.insert(flow.objs.site(k));
            }
            Some(Leak::Content) => {
                roots.union(&flow.content[k]);
            }
            _ => {}
        }
    }
    flow.reachable(&roots)
}

/// Where an allocation site's objects go, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Stack,
    /// May outlive the frame.
    Escapes,
    /// Empty, or too large for the frame.
    Size,
    /// On a loop, and kept by a deferred call until the function returns.
    DeferredInLoop,
    /// On a loop, and the previous iteration's object may still be used.
    LiveAcrossIterations,
}

/// The verdict on every site of a solved function, in site order.
fn decide(flow: &Flow, escaping: &Set, tt: &TypeTable) -> Vec<Verdict> {
    let kept = flow.reachable(&flow.kept_until_return);
    let mut on_cycle: Vec<Option<bool>> = vec![None; flow.function().blocks.len()];
    let mut liveness = None;
    let mut frame = 0;
    let mut out = Vec::new();
    for (k, &(b, i, t)) in flow.sites.iter().enumerate() {
        let o = flow.objs.site(k);
        let size = tt.size_align(t).size;
        let verdict = if escaping.contains(o) {
            Verdict::Escapes
        } else if size == 0 || size > MAX_OBJECT || frame + size > MAX_FRAME {
            Verdict::Size
        } else if !*on_cycle[b].get_or_insert_with(|| live::on_cycle(flow.function(), b)) {
            Verdict::Stack
        } else if kept.contains(o) {
            Verdict::DeferredInLoop
        } else {
            let live = liveness.get_or_insert_with(|| live::Liveness::new(flow.function()));
            if previous_still_reachable(flow, live, b, i, o) {
                Verdict::LiveAcrossIterations
            } else {
                Verdict::Stack
            }
        };
        if verdict == Verdict::Stack {
            frame += size;
        }
        out.push(verdict);
    }
    out
}

/// Whether a local live after site `o`'s instruction may reach an object
/// of that site (necessarily the previous iteration's).
fn previous_still_reachable(
    flow: &Flow,
    live: &live::Liveness,
    b: usize,
    i: usize,
    o: u32,
) -> bool {
    let f = flow.function();
    let after = live.after(f, b, i);
    let dest = match &f.blocks[b].insts[i] {
        Inst::Assign(Place::Local(l), _) => Some(*l),
        _ => None,
    };
    let mut roots = Set::default();
    for l in live::locals(&after, f.locals.len()) {
        if Some(l) != dest {
            roots.union(&flow.pts[l.0 as usize]);
        }
    }
    let reach = flow.reachable(&roots);
    reach.contains(o) && !matches!(flow.objs.kind(o), Obj::Opaque)
}

/// Replaces each chosen `p = New(T)` by a zeroed slot and its address.
fn rewrite(f: &mut crate::ir::Function, mut sites: Vec<(usize, usize)>) {
    sites.sort_by(|a, b| b.cmp(a));
    for (b, i) in sites {
        let Inst::Assign(dest, Rvalue::New(t)) = f.blocks[b].insts[i].clone() else {
            unreachable!("a site is an allocation");
        };
        let slot = Local(f.locals.len() as u32);
        f.locals.push(t);
        let zero = Inst::Assign(Place::Local(slot), Rvalue::Use(Operand::Zero(t)));
        let addr = Inst::Assign(dest, Rvalue::AddrOf(Place::Local(slot)));
        f.blocks[b].insts.splice(i..=i, [zero, addr]);
    }
}
