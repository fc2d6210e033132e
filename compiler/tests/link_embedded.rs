//! Checks the link inputs embedded in rgo, for both architectures, as the
//! build script leaves them: stripped of debug information and LLVM
//! bitcode, with every archive's symbol index still pointing at the member
//! that defines each symbol (the stripper moves members).

use object::read::archive::ArchiveFile;
use object::{Object, ObjectSection, ObjectSymbol};
use rgo::target::Arch;

const ARCHES: [Arch; 2] = [Arch::X86_64, Arch::Aarch64];

fn archives(arch: Arch) -> [(&'static str, &'static [u8]); 3] {
    let f = rgo::link::embedded::files(arch);
    [
        ("runtime", &f.runtime),
        ("libc.a", &f.libc),
        ("libunwind.a", &f.libunwind),
    ]
}

fn no_link_needs(section: &str) -> bool {
    section.starts_with(".debug_") || section == ".llvmbc" || section == ".llvmcmd"
}

#[test]
fn members_have_no_debug_info_or_bitcode() {
    for arch in ARCHES {
        for (name, bytes) in archives(arch) {
            let archive = ArchiveFile::parse(bytes).expect("archive parses");
            let mut objects = 0;
            for member in archive.members() {
                let member = member.expect("member header");
                let data = member.data(bytes).expect("member data");
                let Ok(obj) = object::File::parse(data) else {
                    continue;
                };
                objects += 1;
                for section in obj.sections() {
                    let s = section.name().unwrap_or("");
                    assert!(
                        !no_link_needs(s),
                        "{arch:?} {name}: {} keeps {s}",
                        String::from_utf8_lossy(member.name())
                    );
                }
            }
            assert!(objects > 0, "{arch:?} {name} has no ELF members");
        }
    }
}

#[test]
fn archive_index_points_at_defining_members() {
    for arch in ARCHES {
        for (name, bytes) in archives(arch) {
            let archive = ArchiveFile::parse(bytes).expect("archive parses");
            let symbols = archive.symbols().expect("index").expect("has an index");
            let mut checked = 0;
            for symbol in symbols {
                let symbol = symbol.expect("index entry");
                let member = archive.member(symbol.offset()).expect("indexed member");
                let obj = object::File::parse(member.data(bytes).unwrap()).expect("ELF member");
                let wanted = symbol.name();
                let defined = obj.symbols().any(|s| {
                    !s.is_undefined() && s.is_global() && s.name_bytes().ok() == Some(wanted)
                });
                assert!(
                    defined,
                    "{arch:?} {name}: index sends {} to a member that does not define it",
                    String::from_utf8_lossy(wanted)
                );
                checked += 1;
            }
            assert!(checked > 0, "{arch:?} {name} has an empty index");
        }
    }
}
