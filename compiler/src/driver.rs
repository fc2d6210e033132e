//! This module implements the compilation pipeline: read the user's
//! files, parse them, load the standard packages they import, type-check,
//! lower to IR, generate code and link. It is (with link/) the only code
//! that does I/O; every stage it calls returns data and diagnostics.

use crate::diag::{self, Diagnostic};
use crate::source::{FileId, SourceMap};
use crate::syntax::{self, ast};
use crate::target::Arch;
use crate::types::{self, PackageSource};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// What `build` produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    Exe,
    Ast,
    Ir,
    Obj,
}

pub struct Options {
    pub paths: Vec<PathBuf>,
    pub output: Option<PathBuf>,
    pub arch: Arch,
    pub emit: Emit,
    /// Stop after type checking (`rgo check`).
    pub check_only: bool,
}

/// Why a build failed. Diagnostics are already printed when this is
/// `Reported`.
#[derive(Debug)]
pub enum Failure {
    Reported,
    Usage(String),
    Io(String),
    Internal(String),
}

pub fn build(opts: &Options) -> Result<Option<PathBuf>, Failure> {
    if opts.emit == Emit::Exe && !opts.check_only {
        // Unpacking the runtime and libc overlaps with compiling.
        crate::link::prepare(opts.arch);
    }
    let files = input_files(&opts.paths)?;
    let mut map = SourceMap::new();
    let mut diags = Vec::new();
    let mut main_files = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::Io(format!("open {}: {e}", path.display())))?;
        let id = map.add(display_path(path), text);
        main_files.push(parse(&map, id, &mut diags));
    }
    if opts.emit == Emit::Ast {
        report(&map, &mut diags, opts.check_only)?;
        for f in &main_files {
            print!("{}", syntax::dump(f));
        }
        return Ok(None);
    }
    report(&map, &mut diags, opts.check_only)?;
    let mut checked = match front_end(&mut map, main_files, !opts.check_only, opts.arch) {
        Ok(c) => c,
        Err(mut d) => return report(&map, &mut d, opts.check_only).and(Err(Failure::Reported)),
    };
    if opts.check_only {
        return Ok(None);
    }
    let mut module = match crate::ir::lower::lower(&checked.program, &mut checked.types) {
        Ok(m) => m,
        Err(mut d) => {
            report(&map, &mut d, opts.check_only)?;
            return Err(Failure::Reported);
        }
    };
    // RGO_NOINLINE=1 turns inlining off (for bisecting a miscompile).
    if std::env::var_os("RGO_NOINLINE").is_none() && !crate::ir::inline::uses_call_stack(&module) {
        crate::ir::inline::inline_small_calls(&mut module);
    }
    crate::ir::dce::remove_dead_functions(&mut module);
    let escape_stats = std::env::var("RGO_ESCAPE_STATS").unwrap_or_default();
    let started = std::time::Instant::now();
    let stats = crate::ir::escape::stack_allocate(&mut module, &checked.types, escape_stats == "2");
    if !escape_stats.is_empty() {
        eprintln!(
            "escape: {} of {} allocation sites on the stack ({:.1} ms)",
            stats.on_stack,
            stats.sites,
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    if opts.emit == Emit::Ir {
        print!(
            "{}",
            crate::ir::print::print_module(&module, &checked.types)
        );
        return Ok(None);
    }
    let resolve = |span| call_site(&map, span);
    let object = crate::codegen::compile(&module, &checked.types, opts.arch, &resolve)
        .map_err(|e| Failure::Internal(e.to_string()))?;
    let out = opts
        .output
        .clone()
        .unwrap_or_else(|| default_output(&opts.paths, opts.emit));
    if opts.emit == Emit::Obj {
        std::fs::write(&out, object)
            .map_err(|e| Failure::Io(format!("write {}: {e}", out.display())))?;
        return Ok(Some(out));
    }
    // Symbols are stripped unless RGO_KEEP_SYMBOLS is set (for perf).
    let strip = if std::env::var_os("RGO_KEEP_SYMBOLS").is_some() {
        crate::link::Strip::Debug
    } else {
        crate::link::Strip::All
    };
    crate::link::link_with(opts.arch, &object, &out, strip)
        .map_err(|e| Failure::Internal(e.to_string()))?;
    Ok(Some(out))
}

/// A call site's file and line as runtime.Caller reports them: the
/// absolute path of a user's file (or the `//line` directive's file),
/// `$GOROOT/src/...` for a standard package's.
fn call_site(map: &SourceMap, span: crate::source::Span) -> (String, u32) {
    let pos = map.position(span);
    let file = pos.file.to_string();
    let file = if file.starts_with('$') {
        file
    } else {
        std::fs::canonicalize(&file).map_or(file, |p| p.display().to_string())
    };
    (file, pos.line)
}

/// The front end after parsing: package clauses, standard imports, type
/// checking. Returns the checked program or every diagnostic (sorted).
/// It does no I/O, so tests can call it on in-memory sources.
pub fn front_end(
    map: &mut SourceMap,
    main: Vec<ast::File>,
    need_main: bool,
    arch: Arch,
) -> Result<types::Checked, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    check_package_clauses(&main, need_main, &mut diags);
    let pkgs = load_imports(main, arch, map, &mut diags);
    if !diags.is_empty() {
        return Err(diags);
    }
    let checked = types::check(&pkgs, map, need_main);
    if checked.diags.is_empty() {
        return Ok(checked);
    }
    let mut d = checked.diags;
    diag::sort_and_dedup(&mut d);
    Err(d)
}

/// Parses and checks one in-memory main-package file, as `rgo check`
/// would, returning its diagnostics (used by the error-check tests).
pub fn check_source(name: &str, text: &str) -> (SourceMap, Vec<Diagnostic>) {
    let mut map = SourceMap::new();
    let id = map.add(name.to_string(), text.to_string());
    let mut diags = Vec::new();
    let file = parse(&map, id, &mut diags);
    if diags.is_empty()
        && let Err(d) = front_end(&mut map, vec![file], false, Arch::host())
    {
        diags = d;
    }
    diag::sort_and_dedup(&mut diags);
    (map, diags)
}

/// Parses, checks and lowers one in-memory `package main` file (before
/// escape analysis), for tests of the IR stages; `Err` carries the
/// diagnostics' messages.
pub fn lower_source(
    name: &str,
    text: &str,
) -> Result<(crate::ir::Module, types::ty::TypeTable), Vec<String>> {
    let mut map = SourceMap::new();
    let id = map.add(name.to_string(), text.to_string());
    let mut diags = Vec::new();
    let file = parse(&map, id, &mut diags);
    let messages = |d: Vec<Diagnostic>| d.into_iter().map(|d| d.message).collect::<Vec<_>>();
    if !diags.is_empty() {
        return Err(messages(diags));
    }
    let mut checked = front_end(&mut map, vec![file], true, Arch::host()).map_err(messages)?;
    let module = crate::ir::lower::lower(&checked.program, &mut checked.types).map_err(messages)?;
    Ok((module, checked.types))
}

fn parse(map: &SourceMap, id: FileId, diags: &mut Vec<Diagnostic>) -> ast::File {
    let (file, mut d) = syntax::parse_file(id, &map.file(id).text);
    diags.append(&mut d);
    file
}

/// Prints diagnostics (gc's one-line form, with snippets on a terminal)
/// and fails if there were any. A build stops after 10 errors like `go
/// build`; `rgo check` (`all`) shows every error, like `go vet`.
fn report(map: &SourceMap, diags: &mut Vec<Diagnostic>, all: bool) -> Result<(), Failure> {
    if diags.is_empty() {
        return Ok(());
    }
    diag::sort_and_dedup(diags);
    let tty = std::io::stderr().is_terminal();
    let limit = if all { usize::MAX } else { 10 };
    eprint!("{}", diag::render_all(map, diags, tty, tty, limit));
    Err(Failure::Reported)
}

/// The .go files named by the command line: files of one package, or the
/// non-test .go files of one directory.
fn input_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    if paths.is_empty() {
        return Err(Failure::Usage("no Go files listed".into()));
    }
    if paths.len() == 1 && paths[0].is_dir() {
        let dir = &paths[0];
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| Failure::Io(format!("{}: {e}", dir.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "go")
                    && !p.to_string_lossy().ends_with("_test.go")
            })
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Failure::Usage(format!("no Go files in {}", dir.display())));
        }
        return Ok(files);
    }
    for p in paths {
        if p.extension().is_none_or(|x| x != "go") {
            return Err(Failure::Usage(format!(
                "named files must be .go files: {}",
                p.display()
            )));
        }
    }
    Ok(paths.to_vec())
}

/// gc shows relative paths with a leading `./`.
fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy().into_owned();
    if p.is_absolute() || s.starts_with("./") || s.starts_with("../") {
        s
    } else {
        format!("./{s}")
    }
}

/// The name `go build` would choose: the first file's base name, or the
/// directory's name.
pub fn default_output(paths: &[PathBuf], emit: Emit) -> PathBuf {
    let first = paths.first().cloned().unwrap_or_default();
    let stem = if first.is_dir() {
        let abs = std::fs::canonicalize(&first).unwrap_or(first);
        abs.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "main".into())
    } else {
        first
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "main".into())
    };
    PathBuf::from(if emit == Emit::Obj {
        format!("{stem}.o")
    } else {
        stem
    })
}

fn check_package_clauses(files: &[ast::File], need_main: bool, diags: &mut Vec<Diagnostic>) {
    let Some(first) = files.first() else { return };
    for f in &files[1..] {
        if f.package.name != first.package.name {
            diags.push(Diagnostic::new(
                f.package.span,
                format!(
                    "package {}; expected package {}",
                    f.package.name, first.package.name
                ),
            ));
        }
    }
    if need_main && first.package.name != "main" {
        diags.push(Diagnostic::new(
            first.package.span,
            format!("package {} is not a main package", first.package.name),
        ));
    }
}

/// Loads the standard packages imported (transitively) by the main
/// package and returns all packages, dependencies first.
fn load_imports(
    main: Vec<ast::File>,
    arch: Arch,
    map: &mut SourceMap,
    diags: &mut Vec<Diagnostic>,
) -> Vec<PackageSource> {
    let mut ld = Loader {
        arch,
        map,
        diags,
        order: Vec::new(),
        visiting: Vec::new(),
    };
    // Package runtime's Go half is in every program: the runtime builds
    // run-time error values with it.
    let here = main.first().map(|f| f.package.span).unwrap_or_default();
    ld.load("runtime", here);
    for f in &main {
        for imp in &f.imports {
            ld.load(&imp.path, imp.path_span);
        }
    }
    let mut order = ld.order;
    let path = main
        .first()
        .map_or_else(|| "main".to_string(), |f| f.package.name.clone());
    order.push(PackageSource { path, files: main });
    order
}

/// Loads standard packages and their imports, dependencies first.
struct Loader<'a> {
    arch: Arch,
    map: &'a mut SourceMap,
    diags: &'a mut Vec<Diagnostic>,
    order: Vec<PackageSource>,
    visiting: Vec<String>,
}

impl Loader<'_> {
    fn load(&mut self, path: &str, at: crate::source::Span) {
        if self.order.iter().any(|p| p.path == path) {
            return;
        }
        if self.visiting.iter().any(|p| p == path) {
            self.diags.push(Diagnostic::new(
                at,
                format!("import cycle not allowed: {path}"),
            ));
            return;
        }
        if path == "unsafe" {
            // Built into the checker: no source files.
            self.order.push(PackageSource {
                path: path.to_string(),
                files: Vec::new(),
            });
            return;
        }
        let Some(sources) = crate::stdlib::package(path, self.arch) else {
            let msg = if crate::stdlib::is_go_std(path) {
                format!("not supported yet: package {path}")
            } else {
                format!("package {path} is not in std")
            };
            self.diags.push(Diagnostic::new(at, msg));
            return;
        };
        self.visiting.push(path.to_string());
        let mut files = Vec::new();
        for (name, text) in sources {
            let id = self.map.add(crate::stdlib::display_name(path, &name), text);
            files.push(parse(self.map, id, self.diags));
        }
        for f in &files {
            for imp in &f.imports {
                self.load(&imp.path, imp.path_span);
            }
        }
        self.visiting.pop();
        self.order.push(PackageSource {
            path: path.to_string(),
            files,
        });
    }
}
