//! This module implements inlining of small functions at their direct
//! call sites, between lowering and escape analysis (so that the
//! analysis sees the callee's allocations in the caller's frame).
//!
//! A callee is inlined when it is a Go function without a closure
//! context, of at most `MAX_INSTS` instructions, with no defer frame and
//! no use of stack pointers (`recover` and deferred-call wrappers compare
//! them, so such a function must keep its own frame). The callee's
//! original body is used, so inlining goes one level deep and recursion
//! cannot make it loop. At a call `dests = f(args)` in block B:
//!
//! - B is split: the instructions after the call and B's terminator move
//!   to a new block `cont`;
//! - the callee's locals and blocks are appended to the caller's
//!   (renumbered); B assigns the arguments to the callee's parameter
//!   locals and jumps to its entry;
//! - each `return vals` becomes `dests = vals; goto cont`.
//!
//! A call through a func value is inlined the same way when the value is
//! known to be a closure of one function (`known_closures`): the callee
//! is then a function literal, whose context local gets the func value.
//!
//! The IR's invariant that every local is assigned before it is read
//! (codegen zero-defines SSA locals only at function entry) makes a
//! callee's locals safe to reuse on every pass through a loop.

use super::{
    Block, BlockId, Callee, Function, Inst, Local, Module, Operand, Place, Rvalue, Terminator,
};
use std::collections::{HashMap, HashSet};

/// The largest callee inlined, in instructions.
const MAX_INSTS: usize = 32;
/// A caller stops growing at this many instructions.
const MAX_CALLER_INSTS: usize = 4000;

/// Inlines small callees into every function; returns how many call
/// sites were inlined.
pub fn inline_small_calls(m: &mut Module) -> usize {
    let bodies: HashMap<u32, Function> = m
        .funcs
        .iter()
        .enumerate()
        .filter(|(_, f)| inlinable(f))
        .map(|(i, f)| (i as u32, copy_function(f)))
        .collect();
    if bodies.is_empty() {
        return 0;
    }
    let mut count = 0;
    for (i, f) in m.funcs.iter_mut().enumerate() {
        if f.abi != super::Abi::External {
            count += inline_into(f, i as u32, &bodies);
        }
    }
    count
}

/// Whether `f` may be inlined at a direct call or (with a context) at a
/// call of a func value known to be its closure.
fn inlinable(f: &Function) -> bool {
    let insts: usize = f.blocks.iter().map(code_len).sum();
    f.abi == super::Abi::Go
        && !f.blocks.is_empty()
        && insts <= MAX_INSTS
        && f.blocks.iter().all(|b| {
            !matches!(b.term, Terminator::DeferSetup { .. })
                && b.insts.iter().all(|i| !uses_stack_pointer(i))
        })
}

/// A block's instructions that become code (not positions).
fn code_len(b: &super::Block) -> usize {
    b.insts
        .iter()
        .filter(|i| !matches!(i, Inst::Pos(_)))
        .count()
}

/// Whether the program asks for its call stack (runtime.Caller and
/// friends) outside package runtime: frames must then be the source's
/// functions, so nothing is inlined.
pub fn uses_call_stack(m: &Module) -> bool {
    const API: &[&str] = &[
        "runtime.Caller",
        "runtime.Callers",
        "runtime.Stack",
        "runtime/debug.Stack",
        "runtime/debug.PrintStack",
    ];
    m.funcs
        .iter()
        .filter(|f| !f.symbol.starts_with("runtime."))
        .flat_map(|f| f.blocks.iter().flat_map(|b| &b.insts))
        .any(|i| match i {
            Inst::Call {
                callee: Callee::Func(c),
                ..
            } => API.contains(&m.funcs[*c as usize].symbol.as_str()),
            _ => false,
        })
}

fn uses_stack_pointer(i: &Inst) -> bool {
    matches!(i, Inst::Assign(_, Rvalue::CallerSp | Rvalue::StackPointer))
}

fn copy_function(f: &Function) -> Function {
    Function {
        symbol: f.symbol.clone(),
        abi: f.abi,
        params: f.params.clone(),
        ctx: f.ctx,
        results: f.results.clone(),
        locals: f.locals.clone(),
        blocks: f
            .blocks
            .iter()
            .map(|b| Block {
                insts: b.insts.clone(),
                term: b.term.clone(),
            })
            .collect(),
    }
}

/// Inlines the calls of `f` (module index `me`) to the callees in
/// `bodies`; returns how many.
fn inline_into(f: &mut Function, me: u32, bodies: &HashMap<u32, Function>) -> usize {
    let mut count = 0;
    let mut from_callee: HashSet<usize> = HashSet::new();
    let mut size: usize = f.blocks.iter().map(code_len).sum();
    let known = known_closures(f);
    let mut b = 0;
    while b < f.blocks.len() {
        if from_callee.contains(&b) || size > MAX_CALLER_INSTS {
            b += 1;
            continue;
        }
        let site = f.blocks[b].insts.iter().enumerate().find_map(|(i, inst)| {
            let Inst::Call {
                callee,
                dests,
                args,
            } = inst
            else {
                return None;
            };
            let target = match callee {
                Callee::Func(c) => Target::Direct(*c),
                Callee::Closure(Operand::Copy(Place::Local(l))) => {
                    Target::Closure(*known.get(l)?, Operand::Copy(Place::Local(*l)))
                }
                _ => return None,
            };
            let c = target.func();
            let callee = bodies.get(&c)?;
            let ctx_ok = callee.ctx.is_some() == matches!(target, Target::Closure(..));
            (c != me && ctx_ok && fits(callee, dests.len(), args.len())).then_some((i, target))
        });
        if let Some((i, target)) = site {
            let first = f.blocks.len() + 1;
            let callee_blocks = splice(f, b, i, target, bodies);
            from_callee.extend(first..first + callee_blocks);
            size += bodies_size(f, first, callee_blocks);
            count += 1;
        }
        b += 1;
    }
    count
}

/// Whether a call with `ndests` results kept and `nargs` arguments
/// matches the callee's shape.
fn fits(callee: &Function, ndests: usize, nargs: usize) -> bool {
    nargs == callee.params.len() && (ndests == 0 || ndests == callee.results.len())
}

fn bodies_size(f: &Function, first: usize, n: usize) -> usize {
    f.blocks[first..first + n].iter().map(code_len).sum()
}

/// Replaces the call at instruction `i` of block `b` by the callee's
/// body; returns how many callee blocks were appended (after `cont`).
fn splice(
    f: &mut Function,
    b: usize,
    i: usize,
    target: Target,
    bodies: &HashMap<u32, Function>,
) -> usize {
    let mut rest = f.blocks[b].insts.split_off(i);
    let Inst::Call { dests, args, .. } = rest.remove(0) else {
        unreachable!("splice is given a call")
    };
    let callee = &bodies[&target.func()];
    let cont = BlockId(f.blocks.len() as u32);
    let term = std::mem::replace(&mut f.blocks[b].term, Terminator::Unreachable);
    f.blocks.push(Block { insts: rest, term });
    let map = Renumber {
        locals: f.locals.len() as u32,
        blocks: f.blocks.len() as u32,
    };
    f.locals.extend(callee.locals.iter().copied());
    if let (Some(ctx), Target::Closure(_, value)) = (callee.ctx, &target) {
        let p = Place::Local(map.local(ctx));
        f.blocks[b]
            .insts
            .push(Inst::Assign(p, Rvalue::Use(value.clone())));
    }
    for (p, a) in callee.params.iter().zip(args) {
        let p = Place::Local(map.local(*p));
        f.blocks[b].insts.push(Inst::Assign(p, Rvalue::Use(a)));
    }
    f.blocks[b].term = Terminator::Goto(BlockId(map.blocks));
    for cb in &callee.blocks {
        // The callee's positions are dropped: its code is attributed to
        // the call site, whose position stays current.
        let mut insts: Vec<Inst> = cb
            .insts
            .iter()
            .filter(|i| !matches!(i, Inst::Pos(_)))
            .map(|i| map.inst(i))
            .collect();
        let term = match &cb.term {
            Terminator::Return(vals) => {
                for (d, v) in dests.iter().zip(vals) {
                    let v = Operand::Copy(Place::Local(map.local(*v)));
                    insts.push(Inst::Assign(d.clone(), Rvalue::Use(v)));
                }
                Terminator::Goto(cont)
            }
            t => map.term(t),
        };
        f.blocks.push(Block { insts, term });
    }
    callee.blocks.len()
}

/// What a call site calls.
enum Target {
    Direct(u32),
    /// A func value (the operand) known to be a closure of the function.
    Closure(u32, Operand),
}

impl Target {
    fn func(&self) -> u32 {
        match self {
            Target::Direct(f) | Target::Closure(f, _) => *f,
        }
    }
}

/// How a local gets its value, for `known_closures`.
#[derive(Clone, Copy)]
enum Source {
    New,
    Nil,
    Copy(Local),
    Other,
}

/// The locals of `f` that, whenever they are not nil, hold a closure
/// object of one known function: locals assigned only `New` objects whose
/// code word is set to that one function, and locals assigned only nil or
/// copies of such locals (through any chain of copies). A local whose
/// address is taken, a parameter, the context or a call's destination is
/// never known.
fn known_closures(f: &Function) -> HashMap<Local, u32> {
    let mut sources: HashMap<Local, Vec<Source>> = HashMap::new();
    let mut unknown: HashSet<Local> = f.params.iter().copied().chain(f.ctx).collect();
    let mut code: HashMap<Local, Option<u32>> = HashMap::new();
    for inst in f.blocks.iter().flat_map(|b| &b.insts) {
        match inst {
            Inst::Assign(place, r) => {
                if let Place::Local(l) = place {
                    let src = match r {
                        Rvalue::New(_) => Source::New,
                        Rvalue::Use(Operand::Zero(_)) => Source::Nil,
                        Rvalue::Use(Operand::Copy(Place::Local(m))) => Source::Copy(*m),
                        _ => Source::Other,
                    };
                    sources.entry(*l).or_default().push(src);
                } else if let Place::Local(l) = place.root() {
                    // A part of the local is written: not a plain copy.
                    unknown.insert(*l);
                }
                if let Some(addr) = code_word_of(place) {
                    // Only a closure's creation writes its code word.
                    let c = match r {
                        Rvalue::CodeAddr(c) => Some(*c),
                        _ => None,
                    };
                    let e = code.entry(addr).or_insert(c);
                    if *e != c {
                        *e = None;
                    }
                }
                if let Rvalue::AddrOf(p) = r
                    && let Place::Local(l) = p.root()
                {
                    unknown.insert(*l);
                }
            }
            Inst::Pos(_) => {}
            Inst::Call { dests, .. } => {
                for d in dests {
                    if let Place::Local(l) = d.root() {
                        unknown.insert(*l);
                    }
                }
            }
        }
    }
    let mut out = HashMap::new();
    for &l in sources.keys() {
        if let Some(c) = closure_code(l, &sources, &code, &unknown, &mut Vec::new()) {
            out.insert(l, c);
        }
    }
    out
}

/// The local whose object's first word `place` writes (all of the object
/// or its field 0), if any.
fn code_word_of(place: &Place) -> Option<Local> {
    match place {
        Place::Mem { addr, .. } => Some(*addr),
        Place::Field(base, 0) => match &**base {
            Place::Mem { addr, .. } => Some(*addr),
            _ => None,
        },
        _ => None,
    }
}

fn closure_code(
    l: Local,
    sources: &HashMap<Local, Vec<Source>>,
    code: &HashMap<Local, Option<u32>>,
    unknown: &HashSet<Local>,
    visiting: &mut Vec<Local>,
) -> Option<u32> {
    if unknown.contains(&l) || visiting.contains(&l) {
        return None;
    }
    visiting.push(l);
    let mut found = None;
    let mut ok = true;
    for src in sources.get(&l).map(|v| v.as_slice()).unwrap_or(&[]) {
        let c = match src {
            Source::Nil => continue,
            Source::New => code.get(&l).copied().flatten(),
            Source::Copy(m) => closure_code(*m, sources, code, unknown, visiting),
            Source::Other => None,
        };
        match (c, found) {
            (Some(c), None) => found = Some(c),
            (Some(c), Some(f)) if c == f => {}
            _ => ok = false,
        }
    }
    visiting.pop();
    if ok { found } else { None }
}

/// Where a callee's locals and blocks start in the caller.
struct Renumber {
    locals: u32,
    blocks: u32,
}

impl Renumber {
    fn local(&self, l: Local) -> Local {
        Local(l.0 + self.locals)
    }

    fn block(&self, b: BlockId) -> BlockId {
        BlockId(b.0 + self.blocks)
    }

    fn place(&self, p: &Place) -> Place {
        match p {
            Place::Local(l) => Place::Local(self.local(*l)),
            Place::Global(g) => Place::Global(*g),
            Place::Mem { addr, ty } => Place::Mem {
                addr: self.local(*addr),
                ty: *ty,
            },
            Place::Field(base, i) => Place::Field(Box::new(self.place(base)), *i),
            Place::Elem(base, i) => Place::Elem(Box::new(self.place(base)), self.local(*i)),
        }
    }

    fn operand(&self, o: &Operand) -> Operand {
        match o {
            Operand::Copy(p) => Operand::Copy(self.place(p)),
            o => o.clone(),
        }
    }

    fn rvalue(&self, r: &Rvalue) -> Rvalue {
        let op = |o: &Operand| self.operand(o);
        match r {
            Rvalue::Use(o) => Rvalue::Use(op(o)),
            Rvalue::Unary(u, o) => Rvalue::Unary(*u, op(o)),
            Rvalue::Binary(b, x, y, t) => Rvalue::Binary(*b, op(x), op(y), *t),
            Rvalue::Convert(o, t) => Rvalue::Convert(op(o), *t),
            Rvalue::Part(o, i) => Rvalue::Part(op(o), *i),
            Rvalue::Make(t, os) => Rvalue::Make(*t, os.iter().map(op).collect()),
            Rvalue::PtrAdd(x, y, s) => Rvalue::PtrAdd(op(x), op(y), *s),
            Rvalue::AddrOf(p) => Rvalue::AddrOf(self.place(p)),
            r => r.clone(),
        }
    }

    fn inst(&self, i: &Inst) -> Inst {
        match i {
            Inst::Assign(p, r) => Inst::Assign(self.place(p), self.rvalue(r)),
            Inst::Pos(s) => Inst::Pos(*s),
            Inst::Call {
                dests,
                callee,
                args,
            } => Inst::Call {
                dests: dests.iter().map(|d| self.place(d)).collect(),
                callee: match callee {
                    Callee::Closure(o) => Callee::Closure(self.operand(o)),
                    Callee::Code { code, sig } => Callee::Code {
                        code: self.operand(code),
                        sig: *sig,
                    },
                    c => c.clone(),
                },
                args: args.iter().map(|a| self.operand(a)).collect(),
            },
        }
    }

    fn term(&self, t: &Terminator) -> Terminator {
        match t {
            Terminator::Goto(b) => Terminator::Goto(self.block(*b)),
            Terminator::Branch(o, x, y) => {
                Terminator::Branch(self.operand(o), self.block(*x), self.block(*y))
            }
            Terminator::Return(vs) => {
                Terminator::Return(vs.iter().map(|v| self.local(*v)).collect())
            }
            Terminator::Unreachable => Terminator::Unreachable,
            Terminator::DeferSetup { .. } => {
                unreachable!("functions with a defer frame are not inlined")
            }
        }
    }
}
