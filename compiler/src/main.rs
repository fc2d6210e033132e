//! The `rgo` command: `build`, `run`, `check`, `version` and `help`, used
//! like `go build` / `go run`. Argument parsing lives here; the pipeline
//! is in `rgo::driver`.

use rgo::driver::{self, Emit, Failure, Options};
use rgo::target::Arch;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "rgo is a compiler for Go programs.

Usage:

\trgo <command> [arguments]

The commands are:

\tbuild [-o output] [--target T] [--emit=KIND] PATH...
\t                compile packages and dependencies into an executable
\trun [--target T] PATH... [-- ARGS...]
\t                compile and run a Go program
\tcheck PATH...   parse and type-check only
\tversion         print rgo version
\thelp            print this help

PATH is one or more .go files of package main, or a directory.
--target takes x86_64-linux, aarch64-linux, x86_64-unknown-linux-musl,
aarch64-unknown-linux-musl, linux/amd64 or linux/arm64; GOARCH=amd64|arm64
in the environment works too. --emit takes exe (default), ast, ir or obj.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Failure::Reported) => ExitCode::from(1),
        Err(Failure::Usage(msg)) => {
            eprintln!("rgo: {msg}\nRun 'rgo help' for usage.");
            ExitCode::from(2)
        }
        Err(Failure::Io(msg)) => {
            eprintln!("rgo: {msg}");
            ExitCode::from(1)
        }
        Err(Failure::Internal(msg)) => {
            eprintln!("rgo: internal error: {msg}");
            ExitCode::from(3)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, Failure> {
    let Some(cmd) = args.first() else {
        eprint!("{USAGE}");
        return Ok(ExitCode::from(2));
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "build" => {
            driver::build(&parse_options(rest, false)?.0)?;
            Ok(ExitCode::SUCCESS)
        }
        "check" => {
            let (mut opts, _) = parse_options(rest, false)?;
            opts.check_only = true;
            driver::build(&opts)?;
            Ok(ExitCode::SUCCESS)
        }
        "run" => run_program(rest),
        "version" => {
            println!(
                "rgo version {} (Go 1.23 language) linux/{}",
                env!("CARGO_PKG_VERSION"),
                Arch::host()
            );
            Ok(ExitCode::SUCCESS)
        }
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(Failure::Usage(format!("unknown command \"{other}\""))),
    }
}

/// Parses build options; with `program_args`, everything after `--` is
/// returned separately (for `rgo run`).
fn parse_options(args: &[String], program_args: bool) -> Result<(Options, Vec<String>), Failure> {
    let mut opts = Options {
        paths: Vec::new(),
        output: None,
        arch: arch_from_env()?,
        emit: Emit::Exe,
        check_only: false,
    };
    let mut it = args.iter();
    let mut extra = Vec::new();
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with('-') => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| Failure::Usage(format!("flag needs an argument: {name}")))
        };
        match flag {
            "-o" | "--output" if !program_args => opts.output = Some(PathBuf::from(value("-o")?)),
            "--target" | "-target" => {
                let t = value("--target")?;
                opts.arch = Arch::from_target(&t)
                    .ok_or_else(|| Failure::Usage(format!("unsupported target \"{t}\"")))?;
            }
            "--emit" | "-emit" => opts.emit = parse_emit(&value("--emit")?)?,
            "--" if program_args => {
                extra.extend(it.by_ref().cloned());
            }
            f if f.starts_with('-') && f.len() > 1 => {
                return Err(Failure::Usage(format!("unknown flag {f}")));
            }
            _ => opts.paths.push(PathBuf::from(a)),
        }
    }
    if opts.paths.is_empty() {
        // Like the go command: no paths means the current directory.
        opts.paths.push(PathBuf::from("."));
    }
    Ok((opts, extra))
}

fn parse_emit(s: &str) -> Result<Emit, Failure> {
    match s {
        "exe" => Ok(Emit::Exe),
        "ast" => Ok(Emit::Ast),
        "ir" => Ok(Emit::Ir),
        "obj" => Ok(Emit::Obj),
        "clif" | "asm" => Err(Failure::Usage(format!("--emit={s} is not supported yet"))),
        _ => Err(Failure::Usage(format!(
            "unknown --emit kind \"{s}\" (want exe, ast, ir or obj)"
        ))),
    }
}

fn arch_from_env() -> Result<Arch, Failure> {
    match std::env::var("GOARCH") {
        Ok(v) if !v.is_empty() => Arch::from_goarch(&v).ok_or_else(|| {
            Failure::Usage(format!("unsupported GOARCH \"{v}\" (want amd64 or arm64)"))
        }),
        _ => Ok(Arch::host()),
    }
}

/// `rgo run`: builds into a temporary directory and runs the program,
/// reporting a failing exit status as `go run` does.
fn run_program(args: &[String]) -> Result<ExitCode, Failure> {
    let (mut opts, prog_args) = parse_options(args, true)?;
    let dir = std::env::temp_dir().join(format!("rgo-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| Failure::Io(e.to_string()))?;
    let name = driver::default_output(&opts.paths, Emit::Exe);
    let exe = dir.join(name.file_name().unwrap_or_default());
    opts.output = Some(exe.clone());
    let built = driver::build(&opts);
    let result = built.and_then(|_| {
        std::process::Command::new(&exe)
            .args(&prog_args)
            .status()
            .map_err(|e| Failure::Io(format!("fork/exec {}: {e}", exe.display())))
    });
    let _ = std::fs::remove_dir_all(&dir);
    let status = result?;
    match status.code() {
        Some(0) => Ok(ExitCode::SUCCESS),
        Some(c) => {
            eprintln!("exit status {c}");
            Ok(ExitCode::from(1))
        }
        None => {
            use std::os::unix::process::ExitStatusExt;
            eprintln!("signal: {}", status.signal().unwrap_or(0));
            Ok(ExitCode::from(1))
        }
    }
}
