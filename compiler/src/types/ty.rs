//! This module implements the representation of Go types: an interning
//! `TypeTable` that hands out `TypeId`s, so that identical types get the
//! same id and type identity is id equality (named types are identical only
//! to themselves, which interning by declaration id gives for free).

use std::collections::HashMap;

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
    UntypedComplex,
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
            UntypedComplex => "untyped complex",
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
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_complex(self) -> bool {
        matches!(
            self,
            Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex
        )
    }

    /// Integer, float or string: the operands `<` applies to.
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
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

/// A method of an interface: name and signature. `pkg` is the package of
/// an unexported name (two unexported names from different packages are
/// different names), empty for an exported one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    pub pkg: String,
    pub sig: TypeId,
}

/// A struct field. `pkg` is the package of an unexported name, empty for
/// an exported one; `name` of an embedded field is its type's name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub pkg: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// A method declared on a defined type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodDecl {
    pub name: String,
    pub pkg: String,
    /// The method's function (its receiver is the first parameter).
    pub func: super::typed::FuncId,
    /// Declared with a pointer receiver `(p *T)`.
    pub ptr_recv: bool,
    /// The method's type without the receiver.
    pub sig: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Basic(Basic),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
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
    /// Methods declared on each defined type, in declaration order.
    methods: HashMap<TypeId, Vec<MethodDecl>>,
    /// The package being checked: its types print unqualified in messages.
    pub local_pkg: String,
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
    pub const UNTYPED_COMPLEX: TypeId = TypeId(23);
    pub const UNTYPED_STRING: TypeId = TypeId(24);
    pub const UNTYPED_NIL: TypeId = TypeId(25);
    /// `any`, i.e. `interface{}`.
    pub const ANY: TypeId = TypeId(26);
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
            methods: HashMap::new(),
            local_pkg: std::string::String::new(),
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
            UntypedComplex,
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

    /// Records the type a defined type was declared with. That may be
    /// another defined type still being declared (`type T2 T1` inside
    /// T1's own declaration); `underlying` follows the link later.
    pub fn set_underlying(&mut self, named: TypeId, under: TypeId) {
        let under = match self.underlying.get(&under) {
            Some(u) if !matches!(self.get(*u), Type::Named { .. }) => *u,
            _ => under,
        };
        self.underlying.insert(named, under);
    }

    /// Whether following the declared types from `from` reaches `named`
    /// (`type A B; type B A`).
    pub fn underlying_cycle(&self, from: TypeId, named: TypeId) -> bool {
        let mut t = from;
        for _ in 0..=self.underlying.len() {
            if t == named {
                return true;
            }
            match self.underlying.get(&t) {
                Some(u) if matches!(self.get(t), Type::Named { .. }) => t = *u,
                _ => return false,
            }
        }
        true
    }

    /// The underlying type: itself for every type but a named one.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        let mut t = id;
        // A defined type may be declared as another one (the links form
        // no cycle: declarations that would are rejected).
        while let Type::Named { .. } = self.get(t) {
            match self.underlying.get(&t) {
                Some(u) => t = *u,
                None => return ids::INVALID,
            }
        }
        t
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
            Type::Basic(Basic::UntypedComplex) => ids::COMPLEX128,
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
            Type::Pointer(_) | Type::Interface(_) | Type::Chan(..) => true,
            Type::Array(_, e) => self.comparable(*e),
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            _ => false,
        }
    }

    /// The methods declared on defined type `named`.
    pub fn methods(&self, named: TypeId) -> &[MethodDecl] {
        self.methods.get(&named).map_or(&[], |v| v.as_slice())
    }

    /// Every defined type with declared methods, in a stable order.
    pub fn types_with_methods(&self) -> Vec<TypeId> {
        let mut v: Vec<TypeId> = self.methods.keys().copied().collect();
        v.sort();
        v
    }

    pub fn add_method(&mut self, named: TypeId, m: MethodDecl) {
        self.methods.entry(named).or_default().push(m);
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    /// The element type of a pointer type (`None` for other types).
    pub fn pointee(&self, t: TypeId) -> Option<TypeId> {
        match self.get(self.underlying(t)) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    /// The underlying type's structure, cloned (a convenience for matching).
    pub fn under(&self, t: TypeId) -> Type {
        self.get(self.underlying(t)).clone()
    }

    /// Whether `t` is a defined (named) type.
    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Named { .. })
    }
}
