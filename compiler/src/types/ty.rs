//! This module implements the representation of Go types: an interning
//! `TypeTable` that hands out `TypeId`s, so that identical types get the
//! same id and type identity is id equality (named types are identical only
//! to themselves, which interning by declaration id gives for free).

use std::collections::HashMap;
use std::fmt::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

impl Basic {
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_untyped(self) -> bool {
        use Basic::*;
        matches!(
            self,
            UntypedBool | UntypedInt | UntypedRune | UntypedFloat | UntypedString | UntypedNil
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Basic::Complex64 | Basic::Complex128)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    /// Size in bytes of a typed integer kind (int and pointers are 64-bit).
    pub fn int_bits(self) -> u32 {
        use Basic::*;
        match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 => 32,
            _ => 64,
        }
    }
}

/// A method of an interface: name and signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    pub sig: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(Basic),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    /// The results of a call with several results; never a variable's type.
    Tuple(Vec<TypeId>),
    Func {
        params: Vec<TypeId>,
        results: Vec<TypeId>,
        variadic: bool,
    },
    /// Methods sorted by name.
    Interface(Vec<Method>),
    /// A defined type; `decl` makes each declaration distinct.
    Named {
        name: String,
        pkg: String,
        decl: u32,
    },
}

/// All types of a compilation. Named types' underlying types live beside
/// the interned table, because they are set after the name is created.
pub struct TypeTable {
    types: Vec<Type>,
    index: HashMap<Type, TypeId>,
    underlying: HashMap<TypeId, TypeId>,
}

/// Ids of the predeclared types, fixed by the order of `Basic`.
pub mod ids {
    use super::TypeId;
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const COMPLEX64: TypeId = TypeId(15);
    pub const COMPLEX128: TypeId = TypeId(16);
    pub const STRING: TypeId = TypeId(17);
    pub const UNSAFE_POINTER: TypeId = TypeId(18);
    pub const UNTYPED_BOOL: TypeId = TypeId(19);
    pub const UNTYPED_INT: TypeId = TypeId(20);
    pub const UNTYPED_RUNE: TypeId = TypeId(21);
    pub const UNTYPED_FLOAT: TypeId = TypeId(22);
    pub const UNTYPED_STRING: TypeId = TypeId(23);
    pub const UNTYPED_NIL: TypeId = TypeId(24);
    /// `any`, i.e. `interface{}`.
    pub const ANY: TypeId = TypeId(25);
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        use Basic::*;
        let mut t = TypeTable {
            types: Vec::new(),
            index: HashMap::new(),
            underlying: HashMap::new(),
        };
        for b in [
            Invalid,
            Bool,
            Int,
            Int8,
            Int16,
            Int32,
            Int64,
            Uint,
            Uint8,
            Uint16,
            Uint32,
            Uint64,
            Uintptr,
            Float32,
            Float64,
            Complex64,
            Complex128,
            String,
            UnsafePointer,
            UntypedBool,
            UntypedInt,
            UntypedRune,
            UntypedFloat,
            UntypedString,
            UntypedNil,
        ] {
            t.intern(Type::Basic(b));
        }
        let any = t.intern(Type::Interface(Vec::new()));
        debug_assert_eq!(any, ids::ANY);
        t
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.index.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.index.insert(ty, id);
        id
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn set_underlying(&mut self, named: TypeId, under: TypeId) {
        let under = self.underlying(under);
        self.underlying.insert(named, under);
    }

    /// The underlying type: itself for every type but a named one.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Named { .. } => self.underlying.get(&id).copied().unwrap_or(ids::INVALID),
            _ => id,
        }
    }

    /// The basic kind of the underlying type, if it is basic.
    pub fn basic(&self, id: TypeId) -> Option<Basic> {
        match self.get(self.underlying(id)) {
            Type::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(b) if b.is_untyped())
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.get(self.underlying(id)), Type::Interface(_))
    }

    pub fn pred(&self, id: TypeId, f: impl Fn(Basic) -> bool) -> bool {
        self.basic(id).is_some_and(f)
    }

    /// The default type of an untyped constant kind (`int` for untyped int).
    pub fn default_type(&self, id: TypeId) -> TypeId {
        match self.get(id) {
            Type::Basic(Basic::UntypedBool) => ids::BOOL,
            Type::Basic(Basic::UntypedInt) => ids::INT,
            Type::Basic(Basic::UntypedRune) => ids::INT32,
            Type::Basic(Basic::UntypedFloat) => ids::FLOAT64,
            Type::Basic(Basic::UntypedString) => ids::STRING,
            _ => id,
        }
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    /// Whether values of the type can be compared with `==`.
    pub fn comparable(&self, id: TypeId) -> bool {
        match self.get(self.underlying(id)) {
            Type::Basic(b) => *b != Basic::UntypedNil,
            Type::Pointer(_) | Type::Interface(_) => true,
            Type::Array(_, e) => self.comparable(*e),
            _ => false,
        }
    }

    /// The type as gc spells it in messages, e.g. `[]int`, `func(int) string`.
    pub fn display(&self, id: TypeId) -> String {
        let mut s = String::new();
        self.write(&mut s, id);
        s
    }

    fn write(&self, s: &mut String, id: TypeId) {
        match self.get(id) {
            Type::Basic(b) => s.push_str(b.name()),
            Type::Pointer(e) => {
                s.push('*');
                self.write(s, *e)
            }
            Type::Slice(e) => {
                s.push_str("[]");
                self.write(s, *e)
            }
            Type::Array(n, e) => {
                let _ = write!(s, "[{n}]");
                self.write(s, *e)
            }
            Type::Tuple(ts) => self.write_list(s, ts, false),
            Type::Func {
                params,
                results,
                variadic,
            } => {
                s.push_str("func");
                self.write_sig(s, params, results, *variadic)
            }
            Type::Interface(ms) if ms.is_empty() => s.push_str("interface {}"),
            Type::Interface(ms) => {
                s.push_str("interface {");
                for (i, m) in ms.iter().enumerate() {
                    s.push_str(if i == 0 { " " } else { "; " });
                    s.push_str(&m.name);
                    if let Type::Func {
                        params,
                        results,
                        variadic,
                    } = self.get(m.sig)
                    {
                        self.write_sig(s, params, results, *variadic);
                    }
                }
                s.push_str(" }");
            }
            Type::Named { name, pkg, .. } => {
                if !pkg.is_empty() {
                    s.push_str(pkg);
                    s.push('.');
                }
                s.push_str(name)
            }
        }
    }

    /// A parameter list as gc shows it in "want (int, ...string)".
    pub fn display_sig_params(&self, params: &[TypeId], variadic: bool) -> String {
        let mut s = String::new();
        self.write_sig(&mut s, params, &[], variadic);
        s
    }

    fn write_sig(&self, s: &mut String, params: &[TypeId], results: &[TypeId], variadic: bool) {
        s.push('(');
        for (i, p) in params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if variadic && i + 1 == params.len() {
                s.push_str("...");
                if let Type::Slice(e) = self.get(*p) {
                    self.write(s, *e);
                    continue;
                }
            }
            self.write(s, *p);
        }
        s.push(')');
        match results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write(s, results[0]);
            }
            _ => {
                s.push(' ');
                self.write_list(s, results, true);
            }
        }
    }

    fn write_list(&self, s: &mut String, ts: &[TypeId], parens: bool) {
        if parens || ts.len() != 1 {
            s.push('(');
        }
        for (i, t) in ts.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            self.write(s, *t);
        }
        if parens || ts.len() != 1 {
            s.push(')');
        }
    }
}
