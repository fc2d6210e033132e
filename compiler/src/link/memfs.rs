//! This module implements the file system libwild sees during a link: the
//! inputs (embedded files and the program object) are served from memory
//! under a virtual directory, and every other path — the output file and
//! anything the linker writes beside it — goes to the real file system.
//!
//! libwild reads its inputs through the `libwild::FileSystem` trait, so the
//! embedded archives never have to be written to disk: no cache directory,
//! no invalidation, and no races between concurrent rgo processes.

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use libwild::{FileSystem, FileType, InputFileData, OsFileSystem, OutputOptions};

/// The directory the in-memory inputs appear under. It is never touched on
/// disk; paths below it are looked up in the map.
pub const VIRTUAL_DIR: &str = "/rgo-link-inputs";

/// Bytes of one in-memory input.
#[derive(Clone)]
pub enum Bytes {
    Static(&'static [u8]),
    Shared(Arc<[u8]>),
}

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bytes({} bytes)", self.as_slice().len())
    }
}

impl Bytes {
    fn as_slice(&self) -> &[u8] {
        match self {
            Bytes::Static(b) => b,
            Bytes::Shared(b) => b,
        }
    }
}

/// An opened input: from memory or, for paths outside the virtual
/// directory, from disk.
#[derive(Debug)]
pub enum Input {
    Memory(Bytes),
    Os(<OsFileSystem as FileSystem>::Input),
}

impl InputFileData for Input {
    fn bytes(&self) -> &[u8] {
        match self {
            Input::Memory(b) => b.as_slice(),
            Input::Os(f) => f.bytes(),
        }
    }

    fn verify_unchanged(&self) -> std::io::Result<bool> {
        match self {
            Input::Memory(_) => Ok(true),
            Input::Os(f) => f.verify_unchanged(),
        }
    }
}

/// In-memory inputs over the real file system.
#[derive(Default)]
pub struct MemFs {
    files: HashMap<PathBuf, Bytes>,
}

impl MemFs {
    /// Adds an input named `name` and returns its virtual path.
    pub fn add(&mut self, name: &str, bytes: Bytes) -> PathBuf {
        let path = Path::new(VIRTUAL_DIR).join(name);
        self.files.insert(path.clone(), bytes);
        path
    }

    fn is_virtual(path: &Path) -> bool {
        path.starts_with(VIRTUAL_DIR)
    }

    fn not_found(path: &Path) -> libwild::error::Error {
        std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("no in-memory input {}", path.display()),
        )
        .into()
    }
}

impl FileSystem for MemFs {
    type Input = Input;
    type Output = <OsFileSystem as FileSystem>::Output;

    fn open_input(
        &self,
        path: &Path,
        prepopulate_maps: bool,
    ) -> libwild::error::Result<(Self::Input, Option<Arc<File>>)> {
        if Self::is_virtual(path) {
            let bytes = self.files.get(path).ok_or_else(|| Self::not_found(path))?;
            return Ok((Input::Memory(bytes.clone()), None));
        }
        let (input, file) = OsFileSystem.open_input(path, prepopulate_maps)?;
        Ok((Input::Os(input), file))
    }

    fn file_type(&self, path: &Path) -> libwild::error::Result<FileType> {
        if Self::is_virtual(path) {
            return match self.files.contains_key(path) {
                true => Ok(FileType::File),
                false => Err(Self::not_found(path)),
            };
        }
        OsFileSystem.file_type(path)
    }

    fn canonicalize(&self, path: &Path) -> libwild::error::Result<PathBuf> {
        if Self::is_virtual(path) {
            return Ok(path.to_owned());
        }
        OsFileSystem.canonicalize(path)
    }

    fn remove_file(&self, path: &Path) -> libwild::error::Result<()> {
        OsFileSystem.remove_file(path)
    }

    fn rename_file(&self, path: &Path, new_path: &Path) -> libwild::error::Result<()> {
        OsFileSystem.rename_file(path, new_path)
    }

    fn create_output(
        &self,
        path: Arc<Path>,
        options: OutputOptions,
    ) -> libwild::error::Result<Self::Output> {
        OsFileSystem.create_output(path, options)
    }

    fn write_auxiliary(&self, path: &Path, bytes: &[u8]) -> libwild::error::Result {
        OsFileSystem.write_auxiliary(path, bytes)
    }
}
