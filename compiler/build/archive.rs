//! Rewrites the members of a GNU `ar` archive (the format of Rust
//! staticlibs and of musl's libc.a) through a function, keeping the
//! archive's symbol index valid.
//!
//! The index (member `/`) maps each global symbol to the offset of the
//! member defining it; the names stay, only the offsets move to where the
//! rewritten members now start. The long-name table (`//`) is copied as is.
//! A thin archive or a 64-bit index (`/SYM64/`, only for archives over
//! 4 GB) is not rewritten.

use std::collections::HashMap;

/// The archive with every ordinary member passed through `rewrite` (which
/// returns `None` to keep a member as it is), or `None` when the archive
/// is not in a format this code rewrites.
pub fn rewrite(archive: &[u8], rewrite: impl Fn(&[u8]) -> Option<Vec<u8>>) -> Option<Vec<u8>> {
    let members = parse(archive)?;
    let mut out = b"!<arch>\n".to_vec();
    // Old header offset -> new header offset, for the symbol index.
    let mut moved = HashMap::new();
    let mut index_at = None;
    for m in &members {
        let data = match m.name {
            b"/" | b"//" => None,
            _ => rewrite(m.data),
        };
        let data = data.as_deref().unwrap_or(m.data);
        moved.insert(m.offset as u32, out.len() as u32);
        if m.name == b"/" {
            index_at = Some(out.len() + 60);
        }
        out.extend_from_slice(&m.header[..48]);
        out.extend_from_slice(format!("{:<10}", data.len()).as_bytes());
        out.extend_from_slice(b"`\n");
        out.extend_from_slice(data);
        if data.len() % 2 == 1 {
            out.push(b'\n');
        }
    }
    if let Some(at) = index_at {
        rewrite_index_offsets(&mut out[at..], &moved)?;
    }
    Some(out)
}

/// One archive member: its header offset, raw header, name field
/// (trimmed of spaces) and data.
struct Member<'a> {
    offset: usize,
    header: &'a [u8],
    name: &'a [u8],
    data: &'a [u8],
}

fn parse(archive: &[u8]) -> Option<Vec<Member<'_>>> {
    let mut pos = archive.strip_prefix(b"!<arch>\n").map(|_| 8)?;
    let mut members = Vec::new();
    while pos < archive.len() {
        let header = archive.get(pos..pos + 60)?;
        if &header[58..60] != b"`\n" {
            return None;
        }
        let size: usize = std::str::from_utf8(&header[48..58])
            .ok()?
            .trim()
            .parse()
            .ok()?;
        let name = trim_spaces(&header[..16]);
        if name == b"/SYM64/" {
            return None;
        }
        let data = archive.get(pos + 60..pos + 60 + size)?;
        members.push(Member {
            offset: pos,
            header,
            name,
            data,
        });
        pos += 60 + size + size % 2;
    }
    Some(members)
}

fn trim_spaces(field: &[u8]) -> &[u8] {
    let end = field.iter().rposition(|&b| b != b' ').map_or(0, |i| i + 1);
    &field[..end]
}

/// The GNU symbol index: a big-endian count, then that many big-endian
/// member header offsets, then the names. Only the offsets change.
fn rewrite_index_offsets(index: &mut [u8], moved: &HashMap<u32, u32>) -> Option<()> {
    let count = u32::from_be_bytes(index.get(..4)?.try_into().ok()?) as usize;
    for i in 0..count {
        let at = 4 + 4 * i;
        let slot = index.get_mut(at..at + 4)?;
        let old = u32::from_be_bytes(slot.try_into().ok()?);
        slot.copy_from_slice(&moved.get(&old)?.to_be_bytes());
    }
    Some(())
}
