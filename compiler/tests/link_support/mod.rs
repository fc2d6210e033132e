//! Support for the link tests: builds real program objects with Cranelift
//! directly, without the rest of the compiler, links them with
//! `rgo::link::link`, and runs them natively or under qemu.
//!
//! A test program is a list of `Op`s; each becomes straight-line calls to
//! runtime functions in `rgo_program_main`, except `AppendCaps`, which is a
//! loop modelling `s = append(s, x)` and printing each new capacity.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, Function, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind,
    UserFuncName, types,
};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, isa};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, Linkage, Module, default_libcall_names};
use cranelift_object::{ObjectBuilder, ObjectModule};
use rgo::target::Arch;

/// An argument to a runtime call.
#[derive(Clone)]
pub enum Arg {
    I64(i64),
    U8(u8),
    F64(f64),
    /// A string constant, passed as (pointer, length).
    Str(String),
    /// The address of a fresh 24-byte stack slot (an `out` slice header).
    Out,
    /// The address of a type descriptor of a predeclared type with this
    /// reflect kind, size and alignment.
    Desc {
        kind: u8,
        size: i64,
        align: u8,
    },
    /// The address of read-only data holding these bytes (a value).
    Bytes(Vec<u8>),
    /// The address of a string header pointing at this text.
    StrHeader(String),
}

/// One step of a test program.
#[derive(Clone)]
pub enum Op {
    /// Calls the runtime function with the arguments.
    Call(&'static str, Vec<Arg>),
    /// Appends one element at a time `count` times to a nil slice of
    /// elements of the given size, alignment and pointer-ness, printing the
    /// capacity after each growth followed by a space, then a newline.
    AppendCaps {
        elem_size: i64,
        elem_align: i64,
        has_pointers: bool,
        count: i64,
    },
    /// Loads a word from a constant address: a hardware fault for small
    /// addresses, which the runtime reports as a nil dereference.
    Load(i64),
    /// Grows a slice of `elem_size`-byte elements from (len, cap) to
    /// `new_len` in one `rgo_growslice` call and prints the capacity.
    GrowOnce {
        len: i64,
        cap: i64,
        new_len: i64,
        elem_size: i64,
    },
}

pub fn call(name: &'static str, args: Vec<Arg>) -> Op {
    Op::Call(name, args)
}

pub fn s(text: &str) -> Arg {
    Arg::Str(text.to_string())
}

/// The Cranelift ISA for `arch` with the flags rgo's code generator uses.
fn isa(arch: Arch) -> isa::OwnedTargetIsa {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").unwrap();
    flags.set("is_pic", "true").unwrap();
    flags.enable("enable_probestack").unwrap();
    flags.set("probestack_strategy", "inline").unwrap();
    flags.enable("unwind_info").unwrap();
    let triple = arch.triple().parse().unwrap();
    isa::lookup(triple)
        .unwrap()
        .finish(settings::Flags::new(flags))
        .unwrap()
}

/// Compiles `ops` into an ELF object defining `rgo_program_main`.
pub fn object(arch: Arch, ops: &[Op]) -> Vec<u8> {
    let builder = ObjectBuilder::new(isa(arch), "test", default_libcall_names()).unwrap();
    let mut module = ObjectModule::new(builder);
    let mut emitter = Emitter {
        module: &mut module,
        strings: 0,
    };
    let main_id = emitter.define_main(ops);
    let _ = main_id;
    module.finish().emit().unwrap()
}

struct Emitter<'m> {
    module: &'m mut ObjectModule,
    strings: usize,
}

impl Emitter<'_> {
    fn define_main(&mut self, ops: &[Op]) -> cranelift_module::FuncId {
        let sig = self.module.make_signature();
        let id = self
            .module
            .declare_function("rgo_program_main", Linkage::Export, &sig)
            .unwrap();
        let mut func = Function::with_name_signature(UserFuncName::user(0, 0), sig);
        // Data symbols for the string constants are defined first: the
        // function builder borrows the function mutably.
        let strings: Vec<Vec<cranelift_module::DataId>> = ops
            .iter()
            .map(|op| match op {
                Op::Call(_, args) => args
                    .iter()
                    .filter_map(|a| match a {
                        Arg::Str(text) => Some(self.string_data(text)),
                        _ => None,
                    })
                    .collect(),
                _ => vec![],
            })
            .collect();
        let mut fctx = FunctionBuilderContext::new();
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let entry = b.create_block();
        b.switch_to_block(entry);
        for (op, data) in ops.iter().zip(&strings) {
            match op {
                Op::Call(name, args) => self.emit_call(&mut b, name, args, data),
                Op::AppendCaps {
                    elem_size,
                    elem_align,
                    has_pointers,
                    count,
                } => self.emit_append_caps(&mut b, *elem_size, *elem_align, *has_pointers, *count),
                Op::GrowOnce {
                    len,
                    cap,
                    new_len,
                    elem_size,
                } => self.emit_grow_once(&mut b, *len, *cap, *new_len, *elem_size),
                Op::Load(addr) => {
                    let a = b.ins().iconst(types::I64, *addr);
                    let v = b.ins().load(types::I64, MemFlagsData::new(), a, 0);
                    let print_int = self.import(&mut b, "rgo_print_int", &[types::I64], &[]);
                    b.ins().call(print_int, &[v]);
                }
            }
        }
        b.ins().return_(&[]);
        b.seal_all_blocks();
        b.finalize(self.module.target_config());
        let mut ctx = Context::for_function(func);
        self.module.define_function(id, &mut ctx).unwrap();
        id
    }

    fn string_data(&mut self, text: &str) -> cranelift_module::DataId {
        self.strings += 1;
        let name = format!("test.str.{}", self.strings);
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .unwrap();
        let mut desc = DataDescription::new();
        desc.define(text.as_bytes().to_vec().into_boxed_slice());
        self.module.define_data(id, &desc).unwrap();
        id
    }

    /// The address of new local data holding `bytes`; with `pointee`, the
    /// first word is relocated to point at that data.
    fn data_addr(
        &mut self,
        b: &mut FunctionBuilder,
        bytes: Vec<u8>,
        pointee: Option<cranelift_module::DataId>,
    ) -> cranelift_codegen::ir::Value {
        self.strings += 1;
        let name = format!("test.data.{}", self.strings);
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .unwrap();
        let mut desc = DataDescription::new();
        desc.define(bytes.into_boxed_slice());
        if let Some(target) = pointee {
            let gv = self.module.declare_data_in_data(target, &mut desc);
            desc.write_data_addr(0, gv, 0);
        }
        self.module.define_data(id, &desc).unwrap();
        let gv = self.module.declare_data_in_func(id, b.func);
        b.ins().symbol_value(types::I64, gv)
    }

    /// Declares an imported runtime function with the given parameter and
    /// return types and returns a reference usable in `b`'s function.
    fn import(
        &mut self,
        b: &mut FunctionBuilder,
        name: &str,
        params: &[types::Type],
        returns: &[types::Type],
    ) -> cranelift_codegen::ir::FuncRef {
        let mut sig: Signature = self.module.make_signature();
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns
            .extend(returns.iter().map(|&t| AbiParam::new(t)));
        let id = self
            .module
            .declare_function(name, Linkage::Import, &sig)
            .unwrap();
        self.module.declare_func_in_func(id, b.func)
    }

    fn emit_call(
        &mut self,
        b: &mut FunctionBuilder,
        name: &str,
        args: &[Arg],
        data: &[cranelift_module::DataId],
    ) {
        let mut data = data.iter();
        let mut params = vec![];
        let mut values = vec![];
        for arg in args {
            match arg {
                Arg::I64(v) => {
                    params.push(types::I64);
                    values.push(b.ins().iconst(types::I64, *v));
                }
                Arg::U8(v) => {
                    params.push(types::I8);
                    values.push(b.ins().iconst(types::I8, *v as i64));
                }
                Arg::F64(v) => {
                    params.push(types::F64);
                    values.push(b.ins().f64const(*v));
                }
                Arg::Out => {
                    let slot = b.create_sized_stack_slot(StackSlotData::new(
                        StackSlotKind::ExplicitSlot,
                        24,
                        3,
                    ));
                    params.push(types::I64);
                    values.push(b.ins().stack_addr(types::I64, slot, 0));
                }
                Arg::Desc { kind, size, align } => {
                    let mut bytes = vec![0u8; 136];
                    bytes[0..8].copy_from_slice(&size.to_le_bytes());
                    bytes[20] = *kind;
                    bytes[21] = *align;
                    bytes[22] = 1; // FLAG_NAMED: predeclared types are named
                    params.push(types::I64);
                    values.push(self.data_addr(b, bytes, None));
                }
                Arg::Bytes(bytes) => {
                    params.push(types::I64);
                    values.push(self.data_addr(b, bytes.clone(), None));
                }
                Arg::StrHeader(text) => {
                    let text_id = self.string_data(text);
                    let mut header = vec![0u8; 16];
                    header[8..].copy_from_slice(&(text.len() as i64).to_le_bytes());
                    params.push(types::I64);
                    values.push(self.data_addr(b, header, Some(text_id)));
                }
                Arg::Str(text) => {
                    let gv = self
                        .module
                        .declare_data_in_func(*data.next().unwrap(), b.func);
                    params.extend([types::I64, types::I64]);
                    values.push(b.ins().symbol_value(types::I64, gv));
                    values.push(b.ins().iconst(types::I64, text.len() as i64));
                }
            }
        }
        let callee = self.import(b, name, &params, &[]);
        b.ins().call(callee, &values);
    }

    fn growslice(&mut self, b: &mut FunctionBuilder) -> cranelift_codegen::ir::FuncRef {
        let i64 = types::I64;
        self.import(b, "rgo_growslice", &[i64, i64, i64, i64, i64, i64], &[])
    }

    /// The address of a minimal element type descriptor: the size,
    /// pointer-prefix length and alignment are all growslice reads (the
    /// layout is runtime/src/types.rs's).
    fn elem_desc(
        &mut self,
        b: &mut FunctionBuilder,
        size: i64,
        align: i64,
        has_pointers: bool,
    ) -> cranelift_codegen::ir::Value {
        let mut bytes = vec![0u8; 136];
        bytes[0..8].copy_from_slice(&size.to_le_bytes());
        let ptrdata: i64 = if has_pointers { 8 } else { 0 };
        bytes[8..16].copy_from_slice(&ptrdata.to_le_bytes());
        bytes[21] = align as u8;
        self.data_addr(b, bytes, None)
    }

    fn print_cap(&mut self, b: &mut FunctionBuilder, cap: cranelift_codegen::ir::Value) {
        let print_int = self.import(b, "rgo_print_int", &[types::I64], &[]);
        let print_space = self.import(b, "rgo_print_space", &[], &[]);
        b.ins().call(print_int, &[cap]);
        b.ins().call(print_space, &[]);
    }

    fn emit_grow_once(
        &mut self,
        b: &mut FunctionBuilder,
        len: i64,
        cap: i64,
        new_len: i64,
        size: i64,
    ) {
        let i64 = types::I64;
        let slot =
            b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 24, 3));
        let out = b.ins().stack_addr(i64, slot, 0);
        let grow = self.growslice(b);
        // The old elements are read from the slot itself: any readable
        // memory will do, the copy is not what is being tested.
        assert!(len * size <= 24);
        let args = [
            out,
            out,
            b.ins().iconst(i64, len),
            b.ins().iconst(i64, cap),
            b.ins().iconst(i64, new_len),
            self.elem_desc(b, size, size.min(8), false),
        ];
        b.ins().call(grow, &args);
        let new_cap = b.ins().stack_load(i64, i64, slot, 16);
        self.print_cap(b, new_cap);
    }

    fn emit_append_caps(
        &mut self,
        b: &mut FunctionBuilder,
        elem_size: i64,
        elem_align: i64,
        has_pointers: bool,
        count: i64,
    ) {
        let i64 = types::I64;
        let slot =
            b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 24, 3));
        let [ptr, len, cap, i] = [(); 4].map(|()| b.declare_var(i64));
        let zero = b.ins().iconst(i64, 0);
        for var in [ptr, len, cap, i] {
            b.def_var(var, zero);
        }
        let header = b.create_block();
        let body = b.create_block();
        let grow = b.create_block();
        let next = b.create_block();
        let exit = b.create_block();
        b.ins().jump(header, &[]);

        b.switch_to_block(header);
        let iv = b.use_var(i);
        let more = b.ins().icmp_imm_s(IntCC::SignedLessThan, iv, count);
        b.ins().brif(more, body, &[], exit, &[]);

        b.switch_to_block(body);
        let (l, c) = (b.use_var(len), b.use_var(cap));
        let full = b.ins().icmp(IntCC::Equal, l, c);
        b.ins().brif(full, grow, &[], next, &[]);

        b.switch_to_block(grow);
        let growslice = self.growslice(b);
        let out = b.ins().stack_addr(i64, slot, 0);
        let (p, l, c) = (b.use_var(ptr), b.use_var(len), b.use_var(cap));
        let new_len = b.ins().iadd_imm_s(l, 1);
        let args = [
            out,
            p,
            l,
            c,
            new_len,
            self.elem_desc(b, elem_size, elem_align, has_pointers),
        ];
        b.ins().call(growslice, &args);
        let new_ptr = b.ins().stack_load(i64, i64, slot, 0);
        let new_cap = b.ins().stack_load(i64, i64, slot, 16);
        b.def_var(ptr, new_ptr);
        b.def_var(cap, new_cap);
        self.print_cap(b, new_cap);
        b.ins().jump(next, &[]);

        b.switch_to_block(next);
        let l = b.use_var(len);
        let l = b.ins().iadd_imm_s(l, 1);
        b.def_var(len, l);
        let iv = b.use_var(i);
        let iv = b.ins().iadd_imm_s(iv, 1);
        b.def_var(i, iv);
        b.ins().jump(header, &[]);

        b.switch_to_block(exit);
        let nl = self.import(b, "rgo_print_nl", &[], &[]);
        b.ins().call(nl, &[]);
    }
}

/// A fresh scratch directory for one test.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("link-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Compiles and links `ops` for `arch` into `dir/name`.
pub fn build(arch: Arch, ops: &[Op], dir: &Path, name: &str) -> PathBuf {
    let exe = dir.join(name);
    rgo::link::link(arch, &object(arch, ops), &exe).unwrap_or_else(|e| panic!("{e}"));
    exe
}

/// Whether executables for `arch` can be run here (natively or via qemu).
pub fn can_run(arch: Arch) -> bool {
    arch == Arch::host() || qemu_path(arch).is_some()
}

/// qemu's user-mode emulator for `arch`, if it is on PATH.
fn qemu_path(arch: Arch) -> Option<PathBuf> {
    let name = match arch {
        Arch::X86_64 => "qemu-x86_64",
        Arch::Aarch64 => "qemu-aarch64",
    };
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// Runs `exe` for `arch` with `args`.
pub fn run(arch: Arch, exe: &Path, args: &[&str]) -> Output {
    let mut cmd = if arch == Arch::host() {
        Command::new(exe)
    } else {
        let mut cmd = Command::new(qemu_path(arch).expect("qemu for the target"));
        cmd.arg(exe);
        cmd
    };
    cmd.args(args);
    // Another test thread linking at the same moment may fork while our
    // output file is still open for writing; its child holds that
    // descriptor until it execs, and exec then fails with ETXTBSY. The
    // window is short, so retry (as Go's own test helpers do).
    let mut tries = 0;
    loop {
        match cmd.output() {
            Err(e) if e.kind() == std::io::ErrorKind::ExecutableFileBusy && tries < 100 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            result => return result.expect("running the linked program"),
        }
    }
}

/// The architectures to test: the host, plus aarch64 when qemu is present.
pub fn test_arches() -> Vec<Arch> {
    [Arch::X86_64, Arch::Aarch64]
        .into_iter()
        .filter(|&a| {
            let ok = can_run(a);
            if !ok {
                eprintln!("skipping {a}: cannot run its executables here");
            }
            ok
        })
        .collect()
}
