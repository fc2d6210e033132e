//! This test implements the golden run harness: every `testdata/run/NAME.go`
//! is built with `rgo build`, run with stdout and stderr merged in order into
//! one stream, and its output and exit status compared with `NAME.out` and
//! `NAME.exit` (exit status 0 when absent), both produced from the reference
//! Go by `testdata/regen-golden.sh`. For a program that must fail (`NAME.exit`
//! exists) the output is compared up to the first `panic: ` or
//! `fatal error: ` line, as the goroutine trace after it differs between
//! compilers.
//!
//! `golden_native` runs the host build; `golden_aarch64_qemu` builds with
//! `--target aarch64-linux` and runs under `qemu-aarch64` when that is on
//! PATH. All failures are collected and reported together.
//! `RGO_GOLDEN_FILTER=substring` restricts the programs by name.

use std::env;
use std::fs::{self, File};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How long one program may run (qemu included) before it counts as hung.
const RUN_TIMEOUT: Duration = Duration::from_secs(30);

#[test]
fn golden_native() {
    run_all("native", None, None);
}

#[test]
fn golden_aarch64_qemu() {
    if !on_path("qemu-aarch64") {
        eprintln!("golden_aarch64_qemu: qemu-aarch64 is not on PATH, skipping");
        return;
    }
    run_all("aarch64", Some("aarch64-linux"), Some("qemu-aarch64"));
}

/// Builds and runs every selected program, in parallel, and panics with one
/// report listing every failure.
fn run_all(tag: &str, target: Option<&str>, runner: Option<&str>) {
    let programs = programs();
    assert!(!programs.is_empty(), "no golden programs selected");
    let tmp = TempDir::new(tag);
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = thread::available_parallelism()
        .map_or(4, |n| n.get())
        .min(programs.len());
    thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(src) = programs.get(i) else { break };
                    if let Err(msg) = check(src, &tmp.0, target, runner) {
                        failures.lock().unwrap().push((i, msg));
                    }
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    if failures.is_empty() {
        return;
    }
    failures.sort();
    let mut report = format!(
        "{} of {} golden programs failed ({tag}):\n",
        failures.len(),
        programs.len()
    );
    for (i, msg) in &failures {
        report += &format!("\n=== {}: {msg}\n", name(&programs[*i]));
    }
    panic!("{report}");
}

/// The sorted `testdata/run/*.go` files whose name contains `RGO_GOLDEN_FILTER`.
fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/run");
    let dir = dir.canonicalize().expect("testdata/run exists");
    let filter = env::var("RGO_GOLDEN_FILTER").unwrap_or_default();
    let mut programs: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("testdata/run is readable")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "go") && name(p).contains(&filter))
        .collect();
    programs.sort();
    programs
}

/// Builds and runs one program; `Err` carries a readable description of what differed.
fn check(src: &Path, tmp: &Path, target: Option<&str>, runner: Option<&str>) -> Result<(), String> {
    let exe = tmp.join(name(src));
    let mut build = Command::new(env!("CARGO_BIN_EXE_rgo"));
    build.arg("build").arg("-o").arg(&exe);
    if let Some(t) = target {
        build.args(["--target", t]);
    }
    let built = build
        .arg(src)
        .output()
        .map_err(|e| format!("cannot run rgo: {e}"))?;
    if !built.status.success() {
        return Err(format!(
            "rgo build failed ({}):\n{}{}",
            built.status,
            String::from_utf8_lossy(&built.stdout),
            String::from_utf8_lossy(&built.stderr)
        ));
    }

    let mut cmd = match runner {
        Some(r) => {
            let mut c = Command::new(r);
            c.arg(&exe);
            c
        }
        None => Command::new(&exe),
    };
    let (output, status) = run(&mut cmd, &tmp.join(format!("{}.output", name(src))))?;

    let expected = String::from_utf8_lossy(&read(&src.with_extension("out"))?).into_owned();
    let exit_file = src.with_extension("exit");
    let (expected_status, output) = if exit_file.exists() {
        let code = String::from_utf8_lossy(&read(&exit_file)?)
            .trim()
            .to_string();
        (format!("exit status {code}"), cut_after_panic(&output))
    } else {
        ("exit status 0".to_string(), output.as_str())
    };

    let mut problems = String::new();
    if status != expected_status {
        problems += &format!("expected {expected_status}, got {status}\n");
    }
    if output != expected {
        problems += &diff(&expected, output);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// Runs `cmd` with stdout and stderr both writing to one file, so that their
/// order is kept; returns the output and a description of how it ended.
fn run(cmd: &mut Command, out_path: &Path) -> Result<(String, String), String> {
    let file = File::create(out_path).map_err(|e| format!("{}: {e}", out_path.display()))?;
    let file2 = file.try_clone().map_err(|e| e.to_string())?;
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(file)
        .stderr(file2)
        .spawn()
        .map_err(|e| format!("cannot start the program: {e}"))?;
    let deadline = Instant::now() + RUN_TIMEOUT;
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            timed_out = true;
            break child.wait().map_err(|e| e.to_string())?;
        }
        thread::sleep(Duration::from_millis(2));
    };
    let output = String::from_utf8_lossy(&read(out_path)?).into_owned();
    let status = match status.code() {
        _ if timed_out => format!("timeout after {RUN_TIMEOUT:?}"),
        Some(code) => format!("exit status {code}"),
        None => format!("killed by signal {}", status.signal().unwrap_or(0)),
    };
    Ok((output, status))
}

/// The output up to and including the first line starting with `panic: ` or
/// `fatal error: ` (what regen-golden.sh keeps of a failing program's output).
fn cut_after_panic(output: &str) -> &str {
    let mut end = 0;
    for line in output.split_inclusive('\n') {
        end += line.len();
        if line.starts_with("panic: ") || line.starts_with("fatal error: ") {
            return &output[..end];
        }
    }
    output
}

/// A short report of the first difference: a little context, then the next
/// expected (`-`) and actual (`+`) lines.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let n = e.len().max(a.len());
    let Some(first) = (0..n).find(|&i| e.get(i) != a.get(i)) else {
        return "output differs only in its final newline\n".to_string();
    };
    let mut s = format!(
        "output differs from line {} (expected {} lines, got {}):\n",
        first + 1,
        e.len(),
        a.len()
    );
    for line in &e[first.saturating_sub(3)..first] {
        s += &format!("    {line}\n");
    }
    for (sign, lines) in [("-", &e), ("+", &a)] {
        for line in lines.iter().skip(first).take(6) {
            s += &format!("  {sign} {line}\n");
        }
        if lines.len() <= first {
            s += &format!("  {sign} <end of output>\n");
        }
    }
    s
}

fn name(path: &Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn on_path(program: &str) -> bool {
    env::var_os("PATH").is_some_and(|p| env::split_paths(&p).any(|d| d.join(program).is_file()))
}

/// A directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir = env::temp_dir().join(format!("rgo-golden-{tag}-{}-{nanos}", std::process::id()));
        fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}
