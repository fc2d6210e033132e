//! This module implements the points-to solution of one function, the
//! core of the escape analysis: a flow-insensitive, field-insensitive
//! (Andersen-style) computation of which abstract objects each local may
//! point to, and which objects may outlive the call.
//!
//! Abstract objects (numbered, see `Objects`):
//! - `UNKNOWN`: memory the function did not allocate (globals, the heap,
//!   call results). Storing a pointer into it makes the pointee escape;
//!   loading from it gives `UNKNOWN` again.
//! - one "param object" per parameter (index 0 the closure context): what
//!   the caller passed. It behaves like `UNKNOWN` (the caller's memory may
//!   be anywhere) except that it is told apart, so that the function's
//!   summary can say which parameters leak.
//! - one per allocation site (`Rvalue::New`), with the set of objects its
//!   contents may point to.
//! - one per local whose address is taken (`Rvalue::AddrOf`): its contents
//!   are the local's own set.
//!
//! Escape roots are objects stored into `UNKNOWN` or param memory,
//! returned, or passed where a callee (by its summary) or the runtime (by
//! runtime.rs) keeps them. A call may also write pointers the caller
//! cannot see into any memory reachable from its arguments: such objects
//! get `UNKNOWN` in their contents ("clobbered").

use super::runtime::{Effect, effect};
use super::set::Set;
use super::{Leak, Summary};
use crate::ir::{Callee, Function, Inst, Operand, Place, Rvalue, Terminator};
use crate::types::sizes::PointerWords;
use crate::types::ty::{Type, TypeId, TypeTable};
use std::cell::RefCell;
use std::collections::HashMap;

pub const UNKNOWN: u32 = 0;

/// The numbering of a function's abstract objects: `UNKNOWN`, then per
/// parameter (the context first) its param object and its deref object
/// (everything loaded from the param object's memory, at any depth),
/// then the sites, then the address-taken locals.
#[derive(Clone, Copy)]
pub struct Objects {
    /// Two per parameter, the context included.
    opaque: u32,
    sites: u32,
}

/// What an object number stands for.
pub enum Obj {
    /// `UNKNOWN` or a param object.
    Opaque,
    Site(usize),
    Slot(usize),
}

impl Objects {
    pub fn param(&self, j: usize) -> u32 {
        1 + 2 * j as u32
    }

    /// What is loaded through parameter `j`'s object.
    pub fn deref(&self, j: usize) -> u32 {
        2 + 2 * j as u32
    }

    pub fn site(&self, k: usize) -> u32 {
        1 + self.opaque + k as u32
    }

    fn slot(&self, l: u32) -> u32 {
        1 + self.opaque + self.sites + l
    }

    pub fn kind(&self, o: u32) -> Obj {
        if o <= self.opaque {
            Obj::Opaque
        } else if o <= self.opaque + self.sites {
            Obj::Site((o - 1 - self.opaque) as usize)
        } else {
            Obj::Slot((o - 1 - self.opaque - self.sites) as usize)
        }
    }

    /// The memory of an opaque object: `UNKNOWN` holds `UNKNOWN`, a param
    /// object its deref object, a deref object itself.
    fn opaque_contents(&self, o: u32) -> u32 {
        if o == UNKNOWN || o.is_multiple_of(2) {
            o
        } else {
            o + 1
        }
    }
}

/// An allocation site: block, instruction, allocated type.
pub type Site = (usize, usize, crate::types::ty::TypeId);

pub struct Flow<'a> {
    f: &'a Function,
    tt: &'a TypeTable,
    /// Per type: whether its values may hold an address.
    carries: RefCell<HashMap<TypeId, bool>>,
    summaries: &'a [Summary],
    pub objs: Objects,
    pub sites: Vec<Site>,
    /// Per local.
    pub pts: Vec<Set>,
    /// Per site: what its memory may point to.
    pub content: Vec<Set>,
    /// Per site: the functions whose code was stored as its first word
    /// (a closure object).
    pub codes: Vec<Vec<u32>>,
    pub escapes: Set,
    /// Kept by a deferred call until the function returns.
    pub kept_until_return: Set,
    clobbered: Set,
    changed: bool,
}

impl<'a> Flow<'a> {
    /// Solves `f` given its callees' summaries.
    pub fn solve(f: &'a Function, tt: &'a TypeTable, summaries: &'a [Summary]) -> Flow<'a> {
        let sites = allocation_sites(f);
        let objs = Objects {
            opaque: 2 * (1 + f.params.len() as u32),
            sites: sites.len() as u32,
        };
        let mut flow = Flow {
            f,
            tt,
            carries: RefCell::default(),
            summaries,
            objs,
            pts: vec![Set::default(); f.locals.len()],
            content: vec![Set::default(); sites.len()],
            codes: vec![Vec::new(); sites.len()],
            sites,
            escapes: Set::default(),
            kept_until_return: Set::default(),
            clobbered: Set::default(),
            changed: false,
        };
        if let Some(ctx) = f.ctx {
            flow.pts[ctx.0 as usize].insert(objs.param(0));
        }
        for (j, p) in f.params.iter().enumerate() {
            flow.pts[p.0 as usize].insert(objs.param(1 + j));
        }
        loop {
            flow.changed = false;
            flow.pass();
            flow.clobber();
            if !flow.changed {
                return flow;
            }
        }
    }

    pub fn function(&self) -> &'a Function {
        self.f
    }

    fn pass(&mut self) {
        let f = self.f;
        let mut site = 0;
        for b in &f.blocks {
            for inst in &b.insts {
                match inst {
                    Inst::Assign(place, Rvalue::New(_)) => {
                        let v = Set::one(self.objs.site(site));
                        site += 1;
                        self.store(place, &v);
                    }
                    Inst::Assign(place, rv) => {
                        if let Rvalue::CodeAddr(code) = rv {
                            self.note_code(place, *code);
                        }
                        let v = self.rvalue(rv);
                        self.store(place, &v);
                    }
                    Inst::Call {
                        dests,
                        callee,
                        args,
                    } => self.call(dests, callee, args),
                    Inst::Pos(_) => {}
                }
            }
            match &b.term {
                Terminator::Return(locals) => {
                    for l in locals {
                        let v = self.operand(&Operand::Copy(Place::Local(*l)));
                        self.escape(&v);
                    }
                }
                Terminator::DeferSetup { frame_ptr, .. } => {
                    let unknown = Set::one(UNKNOWN);
                    self.store(&Place::Local(*frame_ptr), &unknown);
                }
                _ => {}
            }
        }
    }

    fn escape(&mut self, v: &Set) {
        self.changed |= self.escapes.union(v);
    }

    /// The objects an rvalue's result may point to.
    fn rvalue(&self, rv: &Rvalue) -> Set {
        match rv {
            Rvalue::Use(x) | Rvalue::Unary(_, x) | Rvalue::Convert(x, _) | Rvalue::Part(x, _) => {
                self.operand(x)
            }
            Rvalue::Binary(_, x, y, _) | Rvalue::PtrAdd(x, y, _) => {
                let mut v = self.operand(x);
                v.union(&self.operand(y));
                v
            }
            Rvalue::Make(_, xs) => {
                let mut v = Set::default();
                for x in xs {
                    v.union(&self.operand(x));
                }
                v
            }
            Rvalue::AddrOf(p) => self.addr_of(p),
            Rvalue::New(_) => unreachable!("allocation sites are numbered by pass"),
            Rvalue::TypeDesc(_)
            | Rvalue::Itab(..)
            | Rvalue::FuncValue(_)
            | Rvalue::CodeAddr(_)
            | Rvalue::CallerSp
            | Rvalue::StackPointer
            | Rvalue::ConstAddr(..) => Set::default(),
        }
    }

    /// The objects an operand may point to: none when its type holds no
    /// address.
    pub fn operand(&self, x: &Operand) -> Set {
        match x {
            Operand::Copy(p) if self.carries(self.place_type(p)) => self.load(p),
            Operand::Copy(_) => Set::default(),
            Operand::Const(..) | Operand::Zero(_) => Set::default(),
        }
    }

    /// The objects a pointer to place `p` may point into.
    fn addr_of(&self, p: &Place) -> Set {
        match p.root() {
            Place::Local(l) => Set::one(self.objs.slot(l.0)),
            Place::Mem { addr, .. } => self.pts[addr.0 as usize].clone(),
            _ => Set::one(UNKNOWN),
        }
    }

    /// What the memory of object `o` may point to.
    pub fn contents(&self, o: u32) -> Set {
        match self.objs.kind(o) {
            Obj::Opaque => Set::one(self.objs.opaque_contents(o)),
            Obj::Site(k) => self.content[k].clone(),
            Obj::Slot(l) => self.pts[l].clone(),
        }
    }

    fn load(&self, p: &Place) -> Set {
        match p.root() {
            Place::Local(l) => self.pts[l.0 as usize].clone(),
            Place::Mem { addr, .. } => self.load_through(&self.pts[addr.0 as usize]),
            _ => Set::one(UNKNOWN),
        }
    }

    fn load_through(&self, ptrs: &Set) -> Set {
        let mut v = Set::default();
        for o in ptrs.iter() {
            v.union(&self.contents(o));
        }
        v
    }

    fn store(&mut self, p: &Place, v: &Set) {
        if v.is_empty() || !self.carries(self.place_type(p)) {
            return;
        }
        match p.root() {
            Place::Local(l) => self.changed |= self.pts[l.0 as usize].union(v),
            Place::Mem { addr, .. } => {
                let ptrs = self.pts[addr.0 as usize].clone();
                self.store_through(&ptrs, v);
            }
            _ => self.escape(v),
        }
    }

    fn store_through(&mut self, ptrs: &Set, v: &Set) {
        for o in ptrs.iter() {
            match self.objs.kind(o) {
                Obj::Opaque => self.escape(v),
                Obj::Site(k) => self.changed |= self.content[k].union(v),
                Obj::Slot(l) => self.changed |= self.pts[l].union(v),
            }
        }
    }

    /// A closure object: the function whose code is its first word.
    /// Lowering makes every closure object this way (closure.rs,
    /// `make_value_closure`): a fresh allocation whose field 0 is
    /// assigned `CodeAddr(f)`.
    fn note_code(&mut self, p: &Place, code: u32) {
        let Place::Field(inner, 0) = p else { return };
        let Place::Mem { addr, .. } = inner.as_ref() else {
            return;
        };
        for o in self.pts[addr.0 as usize].clone().iter() {
            if let Obj::Site(k) = self.objs.kind(o)
                && !self.codes[k].contains(&code)
            {
                self.codes[k].push(code);
                self.changed = true;
            }
        }
    }

    fn call(&mut self, dests: &[Place], callee: &Callee, args: &[Operand]) {
        let vals: Vec<Set> = args.iter().map(|a| self.operand(a)).collect();
        let mut reached = Set::default();
        vals.iter().for_each(|v| {
            reached.union(v);
        });
        match callee {
            Callee::Func(g) => {
                let s = &self.summaries[*g as usize];
                let leaking: Vec<Leak> = (0..vals.len()).map(|j| s.leaks(1 + j)).collect();
                self.escape_where(&vals, &leaking);
            }
            Callee::Closure(fv) => {
                let obj = self.operand(fv);
                let leaking: Vec<Leak> = match self.known_codes(&obj) {
                    Some(codes) => (0..vals.len())
                        .map(|j| {
                            codes
                                .iter()
                                .map(|c| self.summaries[*c as usize].leaks(1 + j))
                                .max()
                                .unwrap_or(Leak::Whole)
                        })
                        .collect(),
                    None => {
                        // Defensive: an object made here whose code was
                        // not recognised cannot have been checked for a
                        // leaking context (see `note_code`).
                        let unchecked = self.sites_without_code(&obj);
                        self.escape(&unchecked);
                        vec![Leak::Whole; vals.len()]
                    }
                };
                self.escape_where(&vals, &leaking);
                reached.union(&obj);
            }
            Callee::Code { .. } => self.escape_where(&vals, &vec![Leak::Whole; vals.len()]),
            Callee::Runtime { name, .. } => self.runtime_call(name, &vals),
        }
        self.changed |= self.clobbered.union(&reached);
        let unknown = Set::one(UNKNOWN);
        for d in dests {
            self.store(d, &unknown);
        }
    }

    fn escape_where(&mut self, vals: &[Set], leaking: &[Leak]) {
        for (v, leak) in vals.iter().zip(leaking) {
            match leak {
                Leak::Whole => self.escape(v),
                Leak::Content => {
                    let c = self.load_through(v);
                    self.escape(&c);
                }
                Leak::None => {}
            }
        }
    }

    fn sites_without_code(&self, obj: &Set) -> Set {
        let mut out = Set::default();
        for o in obj.iter() {
            if let Obj::Site(k) = self.objs.kind(o)
                && self.codes[k].is_empty()
            {
                out.insert(o);
            }
        }
        out
    }

    /// The functions a func value may run, when every object it may be is
    /// a closure object created here with known code.
    fn known_codes(&self, obj: &Set) -> Option<Vec<u32>> {
        let mut codes = Vec::new();
        for o in obj.iter() {
            let Obj::Site(k) = self.objs.kind(o) else {
                return None;
            };
            if self.codes[k].is_empty() {
                return None;
            }
            codes.extend(self.codes[k].iter().copied());
        }
        (!codes.is_empty()).then_some(codes)
    }

    fn runtime_call(&mut self, name: &str, vals: &[Set]) {
        let arg = |i: usize| vals.get(i).cloned().unwrap_or_default();
        match effect(name) {
            Effect::Keeps => {}
            Effect::KeepsAll => vals.iter().for_each(|v| self.escape(v)),
            Effect::CopiesContentOf(i) => {
                let v = self.load_through(&arg(i));
                self.escape(&v);
            }
            Effect::Copy { dst, src } => {
                let v = self.load_through(&arg(src));
                self.store_through(&arg(dst), &v);
            }
            Effect::KeepsUntilReturn(i) => {
                self.changed |= self.kept_until_return.union(&arg(i));
            }
        }
    }

    /// Memory reachable from a call's arguments may have been given
    /// pointers to anything: its contents include `UNKNOWN`.
    fn clobber(&mut self) {
        let reach = self.reachable(&self.clobbered);
        let unknown = Set::one(UNKNOWN);
        for o in reach.iter() {
            match self.objs.kind(o) {
                Obj::Opaque => {}
                Obj::Site(k) => self.changed |= self.content[k].union(&unknown),
                Obj::Slot(l) => self.changed |= self.pts[l].union(&unknown),
            }
        }
    }

    /// Every object reachable from `roots` through contents.
    pub fn reachable(&self, roots: &Set) -> Set {
        let mut seen = roots.clone();
        let mut work: Vec<u32> = roots.iter().collect();
        while let Some(o) = work.pop() {
            if matches!(self.objs.kind(o), Obj::Opaque) {
                continue;
            }
            for p in self.contents(o).iter() {
                if seen.insert(p) {
                    work.push(p);
                }
            }
        }
        seen
    }
}

impl Flow<'_> {
    fn place_type(&self, p: &Place) -> Option<TypeId> {
        match p {
            Place::Local(l) => Some(self.f.locals[l.0 as usize]),
            Place::Global(_) => None,
            Place::Mem { ty, .. } => Some(*ty),
            Place::Field(b, i) => match self.tt.get(self.tt.underlying(self.place_type(b)?)) {
                Type::Struct(fs) => Some(fs[*i as usize].ty),
                _ => None,
            },
            Place::Elem(b, _) => match self.tt.get(self.tt.underlying(self.place_type(b)?)) {
                Type::Array(_, e) => Some(*e),
                _ => None,
            },
        }
    }

    /// Whether values of type `t` (unknown: `None`) may hold an address:
    /// pointers of every kind, and `uintptr`, which lowering uses for
    /// addresses it computes.
    fn carries(&self, t: Option<TypeId>) -> bool {
        let Some(t) = t else { return true };
        if let Some(c) = self.carries.borrow().get(&t) {
            return *c;
        }
        let c = self.tt.has_pointers(t, PointerWords::TracedOrUintptr);
        self.carries.borrow_mut().insert(t, c);
        c
    }
}

/// The allocation sites of `f`, in instruction order.
fn allocation_sites(f: &Function) -> Vec<Site> {
    let mut out = Vec::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for (ii, inst) in b.insts.iter().enumerate() {
            if let Inst::Assign(_, Rvalue::New(t)) = inst {
                out.push((bi, ii, *t));
            }
        }
    }
    out
}
