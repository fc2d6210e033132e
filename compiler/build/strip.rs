//! Removes from the embedded link inputs what no link needs.
//!
//! The runtime archive carries Rust's standard library with its debug
//! information and LLVM bitcode (`.llvmbc`, kept for cross-crate LTO), and
//! musl's libc.a carries debug information too: together they were most of
//! the `rgo` binary's size. A program rgo links never contains any of it.
//!
//! A relocatable ELF64 object is rewritten without those sections, without
//! the relocation sections that apply to them, and without the symbols
//! defined in them (the section symbols the debug relocations use). Removing
//! sections and symbols renumbers both, so every reference by index is
//! rewritten: `sh_link`/`sh_info`, symbol section indices, relocation symbol
//! indices and COMDAT group members. LLVM's `.llvm_addrsig` and call-graph
//! profile sections list symbol indices in a compact form and are hints a
//! linker may do without, so they go too when symbols are renumbered.
//!
//! When an object has something this code does not rewrite (extended
//! section numbering, a kept relocation against a removed symbol), the
//! fallback keeps every header and symbol and only empties the dropped
//! sections; anything that is not ELF64 little-endian relocatable is left
//! as it is. Stripping saves space; it is never a reason to fail a build.

/// Whether a section's contents are never needed by a link, by name.
fn dropped_name(name: &[u8]) -> bool {
    name.starts_with(b".debug_") || name == b".llvmbc" || name == b".llvmcmd" || name == b".comment"
}

const SHT_SYMTAB: u32 = 2;
const SHT_RELA: u32 = 4;
const SHT_NOBITS: u32 = 8;
const SHT_REL: u32 = 9;
const SHT_GROUP: u32 = 17;
const SHT_SYMTAB_SHNDX: u32 = 18;
const SHT_LLVM_ADDRSIG: u32 = 0x6fff_4c03;
const SHT_LLVM_CALL_GRAPH_PROFILE: u32 = 0x6fff_4c09;
const SHF_INFO_LINK: u64 = 0x40;
const SHN_LORESERVE: u16 = 0xff00;

/// The object without the sections no link needs, or `None` when there is
/// nothing to remove or the file is not an object this code rewrites.
pub fn strip_object(obj: &[u8]) -> Option<Vec<u8>> {
    let elf = Elf::parse(obj)?;
    let drop = dropped_sections(&elf)?;
    if !drop.contains(&true) {
        return None;
    }
    remove_sections(&elf, drop.clone()).or_else(|| empty_sections(&elf, &drop))
}

/// Which sections go: by name, then the relocations that apply to them.
fn dropped_sections(elf: &Elf) -> Option<Vec<bool>> {
    let names = elf.section_data(elf.shstrndx)?;
    let mut drop: Vec<bool> = (elf.shdrs.iter())
        .map(|s| {
            names
                .get(s.name as usize..)
                .map(until_nul)
                .is_some_and(dropped_name)
        })
        .collect();
    for (i, s) in elf.shdrs.iter().enumerate() {
        if is_rel(s.kind) && drop.get(s.info as usize) == Some(&true) {
            drop[i] = true;
        }
    }
    Some(drop)
}

fn is_rel(kind: u32) -> bool {
    kind == SHT_REL || kind == SHT_RELA
}

/// The full rewrite: dropped sections and their symbols removed, every
/// index renumbered. `None` where that cannot be done safely.
fn remove_sections(elf: &Elf, mut drop: Vec<bool>) -> Option<Vec<u8>> {
    if elf.shdrs.iter().any(|s| s.kind == SHT_SYMTAB_SHNDX) {
        return None;
    }
    let symtab = elf.shdrs.iter().position(|s| s.kind == SHT_SYMTAB);
    let symbols = match symtab {
        Some(i) => Symbols::renumber(elf, i, &drop)?,
        None => Symbols::default(),
    };
    if symbols.any_dropped() {
        for (i, s) in elf.shdrs.iter().enumerate() {
            if matches!(s.kind, SHT_LLVM_ADDRSIG | SHT_LLVM_CALL_GRAPH_PROFILE) {
                drop[i] = true;
            }
        }
    }
    let sections = Renumbering::new(&drop);
    let mut out = elf.obj[..64].to_vec();
    let mut headers = Vec::new();
    for (i, s) in elf.shdrs.iter().enumerate() {
        if drop[i] {
            continue;
        }
        let mut header = elf.shdr_bytes(i)?.to_vec();
        if i != 0 && s.kind != SHT_NOBITS {
            let data = kept_data(elf, i, s, &sections, &symbols, symtab)?;
            pad_to(&mut out, s.align.max(1) as usize);
            put64(&mut header, 24, out.len() as u64);
            put64(&mut header, 32, data.len() as u64);
            out.extend_from_slice(&data);
        }
        if s.link != 0 {
            put32(&mut header, 40, sections.get(s.link)?);
        }
        put32(&mut header, 44, kept_info(s, &sections, &symbols)?);
        headers.push(header);
    }
    pad_to(&mut out, 8);
    let shoff = out.len() as u64;
    put64(&mut out, 0x28, shoff);
    out[0x3C..0x3E].copy_from_slice(&(headers.len() as u16).to_le_bytes());
    out[0x3E..0x40].copy_from_slice(&(sections.get(elf.shstrndx as u32)? as u16).to_le_bytes());
    out.extend(headers.concat());
    Some(out)
}

/// The contents of a kept section, with symbol and section indices
/// renumbered where it holds any.
fn kept_data(
    elf: &Elf,
    i: usize,
    s: &Shdr,
    sections: &Renumbering,
    symbols: &Symbols,
    symtab: Option<usize>,
) -> Option<Vec<u8>> {
    let data = elf.section_data(i)?;
    match s.kind {
        SHT_SYMTAB if Some(i) == symtab => Some(symbols.table(data, sections)?),
        k if is_rel(k) => {
            let size = if k == SHT_RELA { 24 } else { 16 };
            let mut out = data.to_vec();
            for entry in out.chunks_exact_mut(size) {
                let r_info = le64(entry, 8)?;
                let sym = symbols.map.get((r_info >> 32) as u32)?;
                put64(entry, 8, (u64::from(sym) << 32) | (r_info & 0xffff_ffff));
            }
            Some(out)
        }
        SHT_GROUP => {
            let mut out = data.get(..4)?.to_vec();
            for member in data.get(4..)?.chunks_exact(4) {
                let old = le32(member, 0)?;
                if let Some(new) = sections.get(old) {
                    out.extend_from_slice(&new.to_le_bytes());
                }
            }
            Some(out)
        }
        0x6fff_4c00..=0x6fff_4cff if symbols.any_dropped() => None,
        _ => Some(data.to_vec()),
    }
}

/// `sh_info` of a kept section: a section index for relocations and
/// info-linked sections, a symbol count or index for the symbol table and
/// groups, anything else unchanged.
fn kept_info(s: &Shdr, sections: &Renumbering, symbols: &Symbols) -> Option<u32> {
    match s.kind {
        SHT_SYMTAB => Some(symbols.first_global),
        SHT_GROUP => symbols.map.get(s.info),
        k if is_rel(k) || s.flags & SHF_INFO_LINK != 0 => match s.info {
            0 => Some(0),
            n => sections.get(n),
        },
        _ => Some(s.info),
    }
}

/// Old index -> new index, for sections or symbols.
#[derive(Default)]
struct Renumbering(Vec<Option<u32>>);

impl Renumbering {
    fn new(dropped: &[bool]) -> Self {
        let mut next = 0;
        Renumbering(
            dropped
                .iter()
                .map(|&d| {
                    (!d).then(|| {
                        next += 1;
                        next - 1
                    })
                })
                .collect(),
        )
    }

    fn get(&self, old: u32) -> Option<u32> {
        *self.0.get(old as usize)?
    }
}

/// The symbol table after removal: which symbols stay and their numbers.
#[derive(Default)]
struct Symbols {
    map: Renumbering,
    first_global: u32,
}

impl Symbols {
    /// Drops the symbols defined in dropped sections.
    fn renumber(elf: &Elf, symtab: usize, drop: &[bool]) -> Option<Self> {
        let data = elf.section_data(symtab)?;
        let mut dropped = Vec::with_capacity(data.len() / 24);
        for sym in data.chunks_exact(24) {
            let shndx = le16(sym, 6)?;
            let in_dropped = shndx != 0 && shndx < SHN_LORESERVE && drop[shndx as usize];
            dropped.push(in_dropped);
        }
        let first_global = elf.shdrs[symtab].info as usize;
        let first_global = dropped.get(..first_global)?.iter().filter(|&&d| !d).count();
        Some(Symbols {
            map: Renumbering::new(&dropped),
            first_global: first_global as u32,
        })
    }

    fn any_dropped(&self) -> bool {
        self.map.0.iter().any(Option::is_none)
    }

    /// The kept symbols, with their section indices renumbered.
    fn table(&self, data: &[u8], sections: &Renumbering) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(data.len());
        for (k, sym) in data.chunks_exact(24).enumerate() {
            if self.map.0[k].is_none() {
                continue;
            }
            let mut sym = sym.to_vec();
            let shndx = le16(&sym, 6)?;
            if shndx != 0 && shndx < SHN_LORESERVE {
                let new = sections.get(u32::from(shndx))?;
                sym[6..8].copy_from_slice(&(new as u16).to_le_bytes());
            }
            out.extend_from_slice(&sym);
        }
        Some(out)
    }
}

/// The fallback: every header and symbol stays; dropped sections (and the
/// relocations applying to them) become empty.
fn empty_sections(elf: &Elf, drop: &[bool]) -> Option<Vec<u8>> {
    let mut out = elf.obj[..64].to_vec();
    let mut headers = Vec::new();
    for (i, s) in elf.shdrs.iter().enumerate() {
        let mut header = elf.shdr_bytes(i)?.to_vec();
        if drop[i] {
            put64(&mut header, 32, 0);
        } else if i != 0 && s.kind != SHT_NOBITS {
            pad_to(&mut out, s.align.max(1) as usize);
            put64(&mut header, 24, out.len() as u64);
            out.extend_from_slice(elf.section_data(i)?);
        }
        headers.push(header);
    }
    pad_to(&mut out, 8);
    let shoff = out.len() as u64;
    for (i, header) in headers.iter_mut().enumerate() {
        if drop[i] {
            put64(header, 24, shoff);
        }
    }
    put64(&mut out, 0x28, shoff);
    out.extend(headers.concat());
    Some(out)
}

/// A section header, the fields this code reads.
struct Shdr {
    name: u32,
    kind: u32,
    flags: u64,
    offset: u64,
    size: u64,
    link: u32,
    info: u32,
    align: u64,
}

/// An ELF64 little-endian relocatable file without program headers and
/// without extended section numbering.
struct Elf<'a> {
    obj: &'a [u8],
    shoff: usize,
    shdrs: Vec<Shdr>,
    shstrndx: usize,
}

impl<'a> Elf<'a> {
    fn parse(obj: &'a [u8]) -> Option<Self> {
        if obj.get(..6)? != b"\x7fELF\x02\x01" || le16(obj, 0x10)? != 1 {
            return None;
        }
        if le16(obj, 0x38)? != 0 || le16(obj, 0x3A)? != 64 {
            return None;
        }
        let shnum = le16(obj, 0x3C)? as usize;
        let shstrndx = le16(obj, 0x3E)? as usize;
        if shnum == 0 || shstrndx >= shnum {
            return None;
        }
        let mut elf = Elf {
            obj,
            shoff: le64(obj, 0x28)? as usize,
            shdrs: Vec::new(),
            shstrndx,
        };
        elf.shdrs = (0..shnum).map(|i| elf.shdr(i)).collect::<Option<_>>()?;
        Some(elf)
    }

    fn shdr_bytes(&self, i: usize) -> Option<&'a [u8]> {
        self.obj.get(self.shoff + 64 * i..self.shoff + 64 * (i + 1))
    }

    fn shdr(&self, i: usize) -> Option<Shdr> {
        let h = self.shdr_bytes(i)?;
        Some(Shdr {
            name: le32(h, 0)?,
            kind: le32(h, 4)?,
            flags: le64(h, 8)?,
            offset: le64(h, 24)?,
            size: le64(h, 32)?,
            link: le32(h, 40)?,
            info: le32(h, 44)?,
            align: le64(h, 48)?,
        })
    }

    fn section_data(&self, i: usize) -> Option<&'a [u8]> {
        let s = self.shdrs.get(i)?;
        if s.kind == SHT_NOBITS {
            return Some(&[]);
        }
        self.obj
            .get(s.offset as usize..s.offset.checked_add(s.size)? as usize)
    }
}

fn pad_to(out: &mut Vec<u8>, align: usize) {
    while !out.len().is_multiple_of(align) {
        out.push(0);
    }
}

fn until_nul(bytes: &[u8]) -> &[u8] {
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    &bytes[..end]
}

fn le16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn le32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn le64(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

fn put32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

fn put64(b: &mut [u8], at: usize, v: u64) {
    b[at..at + 8].copy_from_slice(&v.to_le_bytes());
}
