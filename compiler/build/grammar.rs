//! Runs lalrpop on src/syntax/grammar.lalrpop, writing the parser to
//! `$OUT_DIR/syntax/grammar.rs` (included by src/syntax/parser.rs).

pub fn build() {
    println!("cargo:rerun-if-changed=src/syntax/grammar.lalrpop");
    let result = lalrpop::Configuration::new()
        .set_in_dir("src")
        .set_out_dir(std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo"))
        .emit_rerun_directives(false)
        .process();
    if let Err(e) = result {
        panic!("lalrpop failed on src/syntax/grammar.lalrpop: {e}");
    }
}
