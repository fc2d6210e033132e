//! Parses Go files and prints the tree dump (`--ast`), the tokens
//! (`--tokens`) or the diagnostics, and with `--time` the parse speed.
//! Usage: cargo run --example parse -- [--ast|--tokens|--time] FILE...

use rgo::source::SourceMap;
use rgo::syntax;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args
        .iter()
        .find(|a| a.starts_with("--"))
        .cloned()
        .unwrap_or_default();
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let text = std::fs::read_to_string(path).expect("readable file");
        let mut map = SourceMap::new();
        let id = map.add(path.clone(), text.clone());
        let start = Instant::now();
        let (tree, diags) = syntax::parse_file(id, &text);
        let elapsed = start.elapsed();
        match mode.as_str() {
            "--ast" => print!("{}", syntax::dump(&tree)),
            "--tokens" => print!("{}", syntax::dump_tokens(id, &text)),
            "--time" => {
                let lines = text.lines().count();
                let secs = elapsed.as_secs_f64();
                println!(
                    "{path}: {lines} lines in {secs:.3}s = {:.0} lines/s",
                    lines as f64 / secs
                );
            }
            _ => {}
        }
        print!("{}", rgo::diag::render_all(&map, &diags, false, false, 10));
    }
}
