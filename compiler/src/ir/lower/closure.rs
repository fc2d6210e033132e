//! This module implements func values and the functions lowering
//! generates. A func value points to a closure object whose first word is
//! the code; a function literal's object holds the addresses of the cells
//! of the variables it captures (shared by reference), a bound method
//! value's the receiver, a deferred call's thunk the evaluated operands.
//! A declared function used as a value gets a static object.
//!
//! Generated functions: bound-method wrappers (`x.M` as a value), method
//! expression wrappers (`(*T).M` of a value method, `I.M`), and the
//! "ifn" wrappers an interface calls: they take the interface's data
//! word as the receiver, dereference it as needed, follow the embedding
//! path of a promoted method, and call the declared method.

use super::Builder;
use crate::ir::{Callee, Local, Operand, Place, Rvalue, Terminator};
use crate::syntax::ast::BinaryOp;
use crate::types::constant::Const;
use crate::types::lookup::Found;
use crate::types::ty::{Field, Type, TypeId, ids};
use crate::types::typed::LocalId;

/// A method of a type's method set, for its type descriptor and itabs.
#[derive(Clone, Debug)]
pub struct MethodEntry {
    pub name: String,
    pub pkg: String,
    /// The method's type without receiver.
    pub sig: TypeId,
    /// The function an interface calls (data word as receiver).
    pub ifn: u32,
}

impl<'a, 'm> Builder<'a, 'm> {
    /// A declared function as a func value: its static closure object.
    pub fn func_value(&mut self, f: u32, ty: TypeId) -> Operand {
        if self.prog.funcs[f as usize].body.is_none() {
            self.unsupported("using a function implemented in the runtime as a value");
        }
        self.eval(ty, Rvalue::FuncValue(f))
    }

    /// A function literal: a closure object with its captured cells.
    pub fn closure(&mut self, f: u32, ty: TypeId) -> Operand {
        let caps = self.prog.funcs[f as usize].captures.clone();
        if caps.is_empty() {
            return self.eval(ty, Rvalue::FuncValue(f));
        }
        let mut values = Vec::new();
        for (outer, _) in caps {
            let Some(cell) = self.boxes.get(&outer.0).copied() else {
                self.unsupported("a captured variable that is not boxed");
                return Operand::Zero(ty);
            };
            let pt = self.local_ty(cell);
            values.push((Operand::Copy(Place::Local(cell)), pt));
        }
        let obj = self.make_value_closure(f, values);
        self.retype(obj, ty)
    }

    /// A closure object `{code of f, values...}` on the heap.
    pub fn make_value_closure(&mut self, f: u32, values: Vec<(Operand, TypeId)>) -> Operand {
        let ty = self.closure_type(values.iter().map(|(_, t)| *t));
        let p = self.eval(ids::UINTPTR, Rvalue::New(ty));
        let place = self.mem(p.clone(), ty);
        self.assign(place.clone().field(0), Rvalue::CodeAddr(f));
        for (i, (v, _)) in values.into_iter().enumerate() {
            self.assign(place.clone().field(1 + i as u32), Rvalue::Use(v));
        }
        p
    }

    /// The struct type of a closure object holding values of these types.
    pub(super) fn closure_type(&mut self, tys: impl Iterator<Item = TypeId>) -> TypeId {
        let mut fields = vec![Field {
            name: "F".into(),
            pkg: String::new(),
            ty: ids::UINTPTR,
            embedded: false,
            tag: None,
        }];
        for (i, t) in tys.enumerate() {
            fields.push(Field {
                name: format!("X{i}"),
                pkg: String::new(),
                ty: t,
                embedded: false,
                tag: None,
            });
        }
        self.tt.intern(Type::Struct(fields))
    }

    /// In a function literal: each captured variable's cell address comes
    /// from the closure object.
    pub fn bind_captures(&mut self, ctx: Local, caps: &[(LocalId, LocalId)]) {
        let tys: Vec<TypeId> = caps
            .iter()
            .map(|(_, own)| {
                let t = self.f.locals[own.0 as usize];
                self.tt.pointer(t)
            })
            .collect();
        let obj = self.closure_type(tys.iter().copied());
        for (i, ((_, own), pt)) in caps.iter().zip(tys).enumerate() {
            let slot = Place::Mem { addr: ctx, ty: obj }.field(1 + i as u32);
            let p = self.temp(pt);
            self.assign(Place::Local(p), Rvalue::Use(Operand::Copy(slot)));
            self.boxes.insert(own.0, p);
        }
    }

    /// In a thunk: locals `0..n` get the values held by the closure object.
    pub fn load_values_from_ctx(&mut self, ctx: Local, n: usize) {
        let tys: Vec<TypeId> = (0..n).map(|i| self.f.locals[i]).collect();
        let obj = self.closure_type(tys.iter().copied());
        for i in 0..n {
            let slot = Place::Mem { addr: ctx, ty: obj }.field(1 + i as u32);
            self.assign(
                Place::Local(Local(i as u32)),
                Rvalue::Use(Operand::Copy(slot)),
            );
        }
    }

    /// `x.M` as a value: the receiver is evaluated now and bound.
    pub fn method_value(
        &mut self,
        recv: &crate::types::typed::Expr,
        func: u32,
        ty: TypeId,
    ) -> Operand {
        let rt = self.norm(recv.ty);
        let r = self.expr(recv);
        let r = self.snapshot(r, rt);
        let key = format!("bound:{func}");
        let w = match self.m.wrappers.get(&key) {
            Some(w) => *w,
            None => {
                let sig = self.prog.funcs[func as usize].sig;
                let w = self.bound_wrapper(func, rt, sig);
                self.m.wrappers.insert(key, w);
                w
            }
        };
        let obj = self.make_value_closure(w, vec![(r, rt)]);
        self.retype(obj, ty)
    }

    /// `func(args) { return M(recv, args) }` with `recv` from the context.
    fn bound_wrapper(&mut self, func: u32, rt: TypeId, full_sig: TypeId) -> u32 {
        let Type::Func {
            params, results, ..
        } = self.tt.under(full_sig)
        else {
            return 0;
        };
        let sym = format!("{}-fm", self.prog.funcs[func as usize].symbol);
        let mut b = Builder::new(self.prog, self.tt, self.m, &sym);
        let ctx = b.temp(ids::UINTPTR);
        b.f.ctx = Some(ctx);
        let args: Vec<Local> = params[1..].iter().map(|t| b.temp(*t)).collect();
        b.f.params = args.clone();
        b.f.results = results.clone();
        let obj = b.closure_type([rt].into_iter());
        let recv = Operand::Copy(Place::Mem { addr: ctx, ty: obj }.field(1));
        let mut ops = vec![b.snapshot(recv, rt)];
        ops.extend(args.iter().map(|l| Operand::Copy(Place::Local(*l))));
        b.call_and_return(Callee::Func(func), ops, &results);
        let f = b.finish();
        self.m.add(f)
    }

    /// Calls `callee` and returns its results.
    fn call_and_return(&mut self, callee: Callee, args: Vec<Operand>, results: &[TypeId]) {
        let outs: Vec<Local> = results.iter().map(|t| self.temp(*t)).collect();
        self.call(
            outs.iter().map(|l| Place::Local(*l)).collect(),
            callee,
            args,
        );
        self.terminate(Terminator::Return(outs));
    }

    /// `x.M` of an interface as a value: the interface value is bound.
    pub fn iface_method_value(
        &mut self,
        x: &crate::types::typed::Expr,
        index: u32,
        ty: TypeId,
    ) -> Operand {
        let xt = self.norm(x.ty);
        let v = self.expr(x);
        let v = self.snapshot(v, xt);
        // gc panics when the method value of a nil interface is taken.
        let w0 = self.eval(ids::UINTPTR, Rvalue::Part(v.clone(), 0));
        self.nil_checked(w0, ids::UINTPTR);
        let key = format!("ibound:{}:{index}", xt.0);
        let w = match self.m.wrappers.get(&key) {
            Some(w) => *w,
            None => {
                let w = self.iface_bound_wrapper(xt, index, ty);
                self.m.wrappers.insert(key, w);
                w
            }
        };
        let obj = self.make_value_closure(w, vec![(v, xt)]);
        self.retype(obj, ty)
    }

    fn iface_bound_wrapper(&mut self, it: TypeId, index: u32, sig: TypeId) -> u32 {
        let Type::Func {
            params, results, ..
        } = self.tt.under(sig)
        else {
            return 0;
        };
        let sym = format!("{}.{index}-fm", self.tt.rt_name(it));
        let mut b = Builder::new(self.prog, self.tt, self.m, &sym);
        let ctx = b.temp(ids::UINTPTR);
        b.f.ctx = Some(ctx);
        let args: Vec<Local> = params.iter().map(|t| b.temp(*t)).collect();
        b.f.params = args.clone();
        b.f.results = results.clone();
        let obj = b.closure_type([it].into_iter());
        let v = Operand::Copy(Place::Mem { addr: ctx, ty: obj }.field(1));
        let v = b.snapshot(v, it);
        let (code, data) = b.iface_code(&v, index);
        let csig = b.with_receiver(ids::UINTPTR, sig);
        let mut ops = vec![data];
        ops.extend(args.iter().map(|l| Operand::Copy(Place::Local(*l))));
        b.call_and_return(Callee::Code { code, sig: csig }, ops, &results);
        let f = b.finish();
        self.m.add(f)
    }

    /// A method expression `T.M`, `(*T).M` or `I.M` as a func value.
    pub fn method_expr(
        &mut self,
        recv: TypeId,
        name: &str,
        func: Option<u32>,
        ty: TypeId,
    ) -> Operand {
        if let Some(f) = func {
            let decl_ptr = self.prog.funcs[f as usize].sig;
            let want = match self.tt.under(decl_ptr) {
                Type::Func { params, .. } => params[0],
                _ => recv,
            };
            if want == recv {
                return self.eval(ty, Rvalue::FuncValue(f));
            }
        }
        let key = format!("mexpr:{}:{name}", recv.0);
        let w = match self.m.wrappers.get(&key) {
            Some(w) => *w,
            None => {
                let pkg = if name.chars().next().is_some_and(char::is_uppercase) {
                    String::new()
                } else {
                    self.tt.local_pkg.clone()
                };
                let w = self.method_via_value(recv, name, &pkg, ty, false);
                self.m.wrappers.insert(key, w);
                w
            }
        };
        self.eval(ty, Rvalue::FuncValue(w))
    }

    /// The ifn of method `name` of type `t`: called through an interface
    /// with the data word as the receiver.
    pub fn ifn(&mut self, t: TypeId, name: &str, pkg: &str, sig: TypeId) -> u32 {
        let key = format!("ifn:{}:{pkg}.{name}", t.0);
        if let Some(w) = self.m.wrappers.get(&key) {
            return *w;
        }
        let direct = self.direct_ifn(t, name, pkg);
        let w = match direct {
            Some(f) => f,
            None => {
                let ft = self.with_receiver(ids::UINTPTR, sig);
                self.method_via_value(t, name, pkg, ft, true)
            }
        };
        self.m.wrappers.insert(key, w);
        w
    }

    /// When the declared method takes exactly the data word (a pointer
    /// receiver of a `*T` in an interface, or a pointer-shaped `T`), the
    /// method itself is the ifn.
    fn direct_ifn(&self, t: TypeId, name: &str, pkg: &str) -> Option<u32> {
        let sel = self.tt.lookup(t, name, pkg).ok()?;
        let Found::Method { decl, .. } = sel.found else {
            return None;
        };
        if !sel.path.is_empty() {
            return None;
        }
        let is_ptr = self.tt.pointee(t).is_some() && matches!(self.tt.get(t), Type::Pointer(_));
        let ok = (is_ptr && decl.ptr_recv) || (!decl.ptr_recv && !is_ptr && self.pointer_shaped(t));
        ok.then_some(decl.func.0)
    }

    /// A function `(recv, args) -> results` calling method `name` of type
    /// `t` on `recv`. With `data_word`, `recv` is an interface data word
    /// (the value itself if `t` is pointer-shaped, else its address).
    fn method_via_value(
        &mut self,
        t: TypeId,
        name: &str,
        pkg: &str,
        ft: TypeId,
        data_word: bool,
    ) -> u32 {
        let Type::Func {
            params, results, ..
        } = self.tt.under(ft)
        else {
            return 0;
        };
        let sym = format!(
            "{}.{name}-w{}",
            self.tt.rt_name(t),
            if data_word { "i" } else { "e" }
        );
        let sel = self.tt.lookup(t, name, pkg).ok();
        let mut b = Builder::new(self.prog, self.tt, self.m, &sym);
        let ps: Vec<Local> = params.iter().map(|p| b.temp(*p)).collect();
        b.f.params = ps.clone();
        b.f.results = results.clone();
        let Some(sel) = sel else {
            b.terminate(Terminator::Unreachable);
            let f = b.finish();
            return self.m.add(f);
        };
        let recv = Operand::Copy(Place::Local(ps[0]));
        // The receiver as a place in memory, or as a value.
        let mut cur = if data_word && !b.pointer_shaped(t) {
            Cur::Place(Place::Mem { addr: ps[0], ty: t })
        } else {
            Cur::Value(recv, t)
        };
        for i in sel.path.clone() {
            cur = b.cur_field(cur, i);
        }
        let rest: Vec<Operand> = ps[1..]
            .iter()
            .map(|l| Operand::Copy(Place::Local(*l)))
            .collect();
        match sel.found {
            Found::Method { decl, .. } => {
                if sel.path.is_empty() && !decl.ptr_recv {
                    b.panicwrap_check(&cur, name);
                }
                let r = b.cur_receiver(cur, decl.ptr_recv);
                let mut ops = vec![r];
                ops.extend(rest);
                b.call_and_return(Callee::Func(decl.func.0), ops, &results);
            }
            Found::IfaceMethod { index, sig, .. } => {
                let v = b.cur_value(cur);
                let (code, data) = b.iface_code(&v, index);
                let csig = b.with_receiver(ids::UINTPTR, sig);
                let mut ops = vec![data];
                ops.extend(rest);
                b.call_and_return(Callee::Code { code, sig: csig }, ops, &results);
            }
            Found::Field { .. } => b.terminate(Terminator::Unreachable),
        }
        let f = b.finish();
        self.m.add(f)
    }

    /// One embedding step: field `i` of the struct `cur` is or points to.
    fn cur_field(&mut self, cur: Cur, i: u32) -> Cur {
        let place = match cur {
            Cur::Place(p) => p,
            Cur::Value(v, t) => match self.tt.pointee(t) {
                Some(el) => {
                    let p = self.nil_checked(v, t);
                    Place::Mem { addr: p, ty: el }
                }
                None => {
                    let l = self.local_of(v, t);
                    Place::Local(l)
                }
            },
        };
        let st = self.place_type(&place);
        let ft = match self.tt.under(st) {
            Type::Struct(fs) => fs[i as usize].ty,
            _ => ids::INVALID,
        };
        let fp = place.field(i);
        if self.tt.pointee(ft).is_some() {
            let v = self.read(fp, ft);
            Cur::Value(v, ft)
        } else {
            Cur::Place(fp)
        }
    }

    /// The receiver for a method with (or without) a pointer receiver.
    /// In the `*T` wrapper of a value method of T, a nil receiver panics
    /// with gc's `value method main.T.M called using nil *T pointer`.
    fn panicwrap_check(&mut self, cur: &Cur, method: &str) {
        let Cur::Value(v, t) = cur else { return };
        let Some(el) = self.tt.pointee(*t) else {
            return;
        };
        let full = self.tt.rt_name(el);
        let short = full.rsplit('.').next().unwrap_or(&full).to_string();
        let msg = format!("value method {full}.{method} called using nil *{short} pointer");
        let is_nil = self.eval(
            ids::BOOL,
            Rvalue::Binary(
                BinaryOp::Eq,
                v.clone(),
                Operand::Zero(ids::UINTPTR),
                ids::UINTPTR,
            ),
        );
        let s = Operand::Const(Const::Str(msg.into_bytes()), ids::STRING);
        let parts = self.string_parts(s).to_vec();
        self.guard(is_nil, "rgo_panic_wrap", parts);
    }

    fn cur_receiver(&mut self, cur: Cur, ptr: bool) -> Operand {
        match (cur, ptr) {
            (Cur::Value(v, t), true) if self.tt.pointee(t).is_some() => v,
            (Cur::Value(v, t), false) if self.tt.pointee(t).is_some() => {
                let el = self.tt.pointee(t).unwrap();
                let p = self.nil_checked(v, t);
                self.read(Place::Mem { addr: p, ty: el }, el)
            }
            (Cur::Value(v, _), _) => v,
            (Cur::Place(p), true) => self.eval(ids::UINTPTR, Rvalue::AddrOf(p)),
            (Cur::Place(p), false) => {
                let t = self.place_type(&p);
                self.read(p, t)
            }
        }
    }

    fn cur_value(&mut self, cur: Cur) -> Operand {
        match cur {
            Cur::Value(v, _) => v,
            Cur::Place(p) => {
                let t = self.place_type(&p);
                self.read(p, t)
            }
        }
    }

    /// The type of a place built by these wrappers.
    pub fn place_type(&self, p: &Place) -> TypeId {
        match p {
            Place::Local(l) => self.f.locals[l.0 as usize],
            Place::Global(g) => self.prog.globals[*g as usize].ty,
            Place::Mem { ty, .. } => *ty,
            Place::Field(b, i) => match self.tt.under(self.place_type(b)) {
                Type::Struct(fs) => fs[*i as usize].ty,
                _ => ids::INVALID,
            },
            Place::Elem(b, _) => match self.tt.under(self.place_type(b)) {
                Type::Array(_, e) => e,
                _ => ids::INVALID,
            },
        }
    }
}

/// Where a wrapper's receiver is, while following an embedding path.
enum Cur {
    Place(Place),
    Value(Operand, TypeId),
}
