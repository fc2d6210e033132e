//! This module implements the two ways a type is spelled.
//!
//! `display` is gc's (types2's) form for compile-time messages: defined
//! types of the package being checked are unqualified (`T`), others
//! qualified by package name (`fmt.Stringer`); composite types are written
//! tightly (`struct{a int; b string}`, `interface{M()}`).
//!
//! `rt_name` is the run-time form reflect prints and `%T` shows, stored in
//! type descriptors: every defined type qualified (`main.T`) and spaces
//! inside braces (`struct { a int }`, `interface {}`).

use super::ty::{ChanDir, Field, Method, Type, TypeId, TypeTable};
use std::fmt::Write;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Types2,
    Reflect,
}

impl TypeTable {
    /// The type as gc spells it in messages, e.g. `[]int`, `func(int) string`.
    pub fn display(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, id, Style::Types2);
        s
    }

    /// The type as reflect and `%T` spell it, e.g. `main.T`, `struct { a int }`.
    pub fn rt_name(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, id, Style::Reflect);
        s
    }

    /// A parameter list as gc shows it in "want (int, ...string)".
    pub fn display_sig_params(&self, params: &[TypeId], variadic: bool) -> String {
        let mut s = String::new();
        self.write_sig(&mut s, params, &[], variadic, Style::Types2);
        s
    }

    fn write(&self, s: &mut String, id: TypeId, st: Style) {
        match self.get(id) {
            Type::Basic(b) => s.push_str(b.name()),
            Type::Pointer(e) => {
                s.push('*');
                self.write(s, *e, st)
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e, st)
            }
            Type::Array(n, e) => {
                let _ = write!(s, "[{n}]");
                self.write(s, *e, st)
            }
            Type::Map(k, v) => {
                s.push_str("map[");
                self.write(s, *k, st);
                s.push(']');
                self.write(s, *v, st)
            }
            Type::Chan(dir, e) => self.write_chan(s, *dir, *e, st),
            Type::Struct(fields) => self.write_struct(s, fields, st),
            Type::Tuple(ts) => self.write_list(s, ts, false, st),
            Type::Func {
                params,
                results,
                variadic,
            } => {
                s.push_str("func");
                self.write_sig(s, params, results, *variadic, st)
            }
            Type::Interface(ms) => self.write_interface(s, ms, st),
            Type::Named { name, pkg, .. } => {
                let qualify = !pkg.is_empty() && (st == Style::Reflect || *pkg != self.local_pkg);
                if qualify {
                    s.push_str(pkg.rsplit('/').next().unwrap_or(pkg));
                    s.push('.');
                }
                s.push_str(name)
            }
        }
    }

    fn write_chan(&self, s: &mut String, dir: ChanDir, e: TypeId, st: Style) {
        s.push_str(match dir {
            ChanDir::Both => "chan ",
            ChanDir::Send => "chan<- ",
            ChanDir::Recv => "<-chan ",
        });
        // `chan (<-chan int)`: a receive-only element needs parentheses.
        let paren = dir != ChanDir::Recv && matches!(self.get(e), Type::Chan(ChanDir::Recv, _));
        if paren {
            s.push('(');
        }
        self.write(s, e, st);
        if paren {
            s.push(')');
        }
    }

    fn write_struct(&self, s: &mut String, fields: &[Field], st: Style) {
        let (open, sep, close) = match (st, fields.is_empty()) {
            (Style::Types2, _) => ("struct{", "; ", "}"),
            (Style::Reflect, true) => ("struct {", "", "}"),
            (Style::Reflect, false) => ("struct { ", "; ", " }"),
        };
        s.push_str(open);
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                s.push_str(sep);
            }
            if !f.embedded {
                s.push_str(&f.name);
                s.push(' ');
            }
            self.write(s, f.ty, st);
            if let Some(tag) = &f.tag {
                let _ = write!(s, " {tag:?}");
            }
        }
        s.push_str(close);
    }

    fn write_interface(&self, s: &mut String, ms: &[Method], st: Style) {
        let (open, sep, close) = match (st, ms.is_empty()) {
            (Style::Types2, _) => ("interface{", "; ", "}"),
            (Style::Reflect, true) => ("interface {", "", "}"),
            (Style::Reflect, false) => ("interface { ", "; ", " }"),
        };
        s.push_str(open);
        for (i, m) in ms.iter().enumerate() {
            if i > 0 {
                s.push_str(sep);
            }
            s.push_str(&m.name);
            if let Type::Func {
                params,
                results,
                variadic,
            } = self.get(m.sig)
            {
                self.write_sig(s, params, results, *variadic, st);
            }
        }
        s.push_str(close);
    }

    fn write_sig(
        &self,
        s: &mut String,
        params: &[TypeId],
        results: &[TypeId],
        variadic: bool,
        st: Style,
    ) {
        s.push('(');
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if variadic && i + 1 == params.len() {
                s.push_str("...");
                if let Type::Slice(e) = self.get(*p) {
                    self.write(s, *e, st);
                    continue;
                }
            }
            self.write(s, *p, st);
        }
        s.push(')');
        match results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write(s, results[0], st);
            }
            _ => {
                s.push(' ');
                self.write_list(s, results, true, st);
            }
        }
    }

    fn write_list(&self, s: &mut String, ts: &[TypeId], parens: bool, st: Style) {
        if parens || ts.len() != 1 {
            s.push('(');
        }
        for (i, t) in ts.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.write(s, *t, st);
        }
        if parens || ts.len() != 1 {
            s.push(')');
        }
    }
}
