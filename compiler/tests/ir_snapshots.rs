//! IR snapshot tests: the `--emit=ir` text (after escape analysis) of the
//! `main.*` functions of every program in testdata/ir, one program per
//! construct. A change in lowering shows up as a reviewed snapshot diff
//! (`cargo insta review`); the golden programs check behaviour, these
//! check the shape of the code.

use std::path::Path;

#[test]
fn ir_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/ir");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("testdata/ir exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "testdata/ir has its programs");
    for path in files {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let (mut m, tt) = rgo::driver::lower_source(&format!("{name}.go"), &text)
            .unwrap_or_else(|e| panic!("{name}.go does not compile: {e:?}"));
        rgo::ir::escape::stack_allocate(&mut m, &tt, false);
        let ir = rgo::ir::print::print_filtered(&m, &tt, |s| s.starts_with("main."));
        insta::assert_snapshot!(format!("ir_{name}"), ir);
    }
}
