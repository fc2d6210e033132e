//! This module implements the control-flow facts the escape analysis
//! needs for allocation sites inside loops: which blocks lie on a cycle,
//! and which locals are live after an instruction. A site in a loop gets
//! one stack slot, reused by every iteration, so it may only be moved to
//! the stack when nothing live still refers to the previous iteration's
//! object when the next one is made.
//!
//! Liveness is the textbook backward analysis over locals. A local whose
//! address is taken is treated as live everywhere (it may be read through
//! a pointer), as is the defer frame.

use crate::ir::{Block, Function, Inst, Local, Operand, Place, Rvalue, Terminator};

pub fn successors(t: &Terminator) -> Vec<usize> {
    match t {
        Terminator::Goto(b) => vec![b.0 as usize],
        Terminator::Branch(_, a, b) => vec![a.0 as usize, b.0 as usize],
        Terminator::DeferSetup {
            next, recovered, ..
        } => vec![next.0 as usize, recovered.0 as usize],
        Terminator::Return(_) | Terminator::Unreachable => Vec::new(),
    }
}

/// Whether block `b` can reach itself.
pub fn on_cycle(f: &Function, b: usize) -> bool {
    let mut seen = vec![false; f.blocks.len()];
    let mut work = successors(&f.blocks[b].term);
    while let Some(x) = work.pop() {
        if x == b {
            return true;
        }
        if !std::mem::replace(&mut seen[x], true) {
            work.extend(successors(&f.blocks[x].term));
        }
    }
    false
}

/// A set of locals as bits.
#[derive(Clone, PartialEq, Eq)]
pub struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    fn set(&mut self, l: u32) {
        self.0[l as usize / 64] |= 1 << (l % 64);
    }
    fn clear(&mut self, l: u32) {
        self.0[l as usize / 64] &= !(1 << (l % 64));
    }
    pub fn get(&self, l: usize) -> bool {
        self.0[l / 64] & (1 << (l % 64)) != 0
    }
    fn or(&mut self, o: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a |= b;
        }
    }
}

pub struct Liveness {
    live_out: Vec<Bits>,
    always: Bits,
}

impl Liveness {
    pub fn new(f: &Function) -> Liveness {
        let n = f.locals.len();
        let always = address_taken(f);
        let mut live_in = vec![Bits::new(n); f.blocks.len()];
        let mut live_out = vec![Bits::new(n); f.blocks.len()];
        let mut changed = true;
        while changed {
            changed = false;
            for bi in (0..f.blocks.len()).rev() {
                let mut out = always.clone();
                for s in successors(&f.blocks[bi].term) {
                    out.or(&live_in[s]);
                }
                let inn = block_live_in(&f.blocks[bi], out.clone(), &always);
                if inn != live_in[bi] || out != live_out[bi] {
                    live_in[bi] = inn;
                    live_out[bi] = out;
                    changed = true;
                }
            }
        }
        Liveness { live_out, always }
    }

    /// The locals live just after instruction `i` of block `b`.
    pub fn after(&self, f: &Function, b: usize, i: usize) -> Bits {
        let block = &f.blocks[b];
        let mut live = self.live_out[b].clone();
        term_uses(&block.term, &mut live);
        for inst in block.insts[i + 1..].iter().rev() {
            transfer(inst, &mut live, &self.always);
        }
        live
    }
}

fn block_live_in(b: &Block, mut live: Bits, always: &Bits) -> Bits {
    term_uses(&b.term, &mut live);
    for inst in b.insts.iter().rev() {
        transfer(inst, &mut live, always);
    }
    live
}

fn term_uses(t: &Terminator, live: &mut Bits) {
    match t {
        Terminator::Branch(x, ..) => operand_uses(x, live),
        Terminator::Return(ls) => ls.iter().for_each(|l| live.set(l.0)),
        _ => {}
    }
}

/// Live before `inst`, given live after it.
fn transfer(inst: &Inst, live: &mut Bits, always: &Bits) {
    let kill = |p: &Place, live: &mut Bits| match p {
        Place::Local(l) if !always.get(l.0 as usize) => live.clear(l.0),
        p => place_uses(p, live),
    };
    match inst {
        Inst::Assign(p, rv) => {
            kill(p, live);
            rvalue_uses(rv, live);
        }
        Inst::Call {
            dests,
            callee,
            args,
        } => {
            dests.iter().for_each(|d| kill(d, live));
            if let crate::ir::Callee::Closure(x) | crate::ir::Callee::Code { code: x, .. } = callee
            {
                operand_uses(x, live);
            }
            args.iter().for_each(|a| operand_uses(a, live));
        }
        Inst::Pos(_) => {}
    }
}

fn place_uses(p: &Place, live: &mut Bits) {
    match p {
        Place::Local(l) => live.set(l.0),
        Place::Global(_) => {}
        Place::Mem { addr, .. } => live.set(addr.0),
        Place::Field(p, _) => place_uses(p, live),
        Place::Elem(p, i) => {
            place_uses(p, live);
            live.set(i.0);
        }
    }
}

fn operand_uses(x: &Operand, live: &mut Bits) {
    if let Operand::Copy(p) = x {
        place_uses(p, live);
    }
}

fn rvalue_uses(rv: &Rvalue, live: &mut Bits) {
    match rv {
        Rvalue::Use(x) | Rvalue::Unary(_, x) | Rvalue::Convert(x, _) | Rvalue::Part(x, _) => {
            operand_uses(x, live)
        }
        Rvalue::Binary(_, x, y, _) | Rvalue::PtrAdd(x, y, _) => {
            operand_uses(x, live);
            operand_uses(y, live);
        }
        Rvalue::Make(_, xs) => xs.iter().for_each(|x| operand_uses(x, live)),
        Rvalue::AddrOf(p) => place_uses(p, live),
        _ => {}
    }
}

/// Locals whose address is taken anywhere, and defer frames.
fn address_taken(f: &Function) -> Bits {
    let mut out = Bits::new(f.locals.len());
    for b in &f.blocks {
        for inst in &b.insts {
            if let Inst::Assign(_, Rvalue::AddrOf(p)) = inst
                && let Place::Local(l) = p.root()
            {
                out.set(l.0);
            }
        }
        if let Terminator::DeferSetup { frame, .. } = &b.term {
            out.set(frame.0);
        }
    }
    out
}

/// Every local set in `bits`.
pub fn locals(bits: &Bits, n: usize) -> impl Iterator<Item = Local> + '_ {
    (0..n).filter(|l| bits.get(*l)).map(|l| Local(l as u32))
}
