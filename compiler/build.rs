//! Build script: generates the Go parser from grammar.lalrpop and builds the
//! runtime staticlib for both musl targets, so that the `rgo` binary can embed
//! everything it needs to link programs for either architecture.

#[path = "build/grammar.rs"]
mod grammar;
#[path = "build/runtime.rs"]
mod runtime;

fn main() {
    grammar::build();
    runtime::build();
}
