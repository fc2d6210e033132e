//! Build script: generates the Go parser from grammar.lalrpop and the
//! standard package table from stdlib/, and builds the
//! runtime staticlib for both musl targets, so that the `rgo` binary can embed
//! everything it needs to link programs for either architecture.

#[path = "build/archive.rs"]
mod archive;
#[path = "build/embed.rs"]
mod embed;
#[path = "build/grammar.rs"]
mod grammar;
#[path = "build/runtime.rs"]
mod runtime;
#[path = "build/stdlib.rs"]
mod stdlib;
#[path = "build/strip.rs"]
mod strip;
#[path = "build/targets.rs"]
mod targets;

fn main() {
    grammar::build();
    stdlib::build();
    if let Err(sentence) = runtime::build() {
        // One clear line from cargo instead of a panic and its backtrace.
        println!("cargo::error={sentence}");
    }
}
