//! TEMPORARY parser entry until the syntax branch provides its own.
use super::ast;
use crate::diag::Diagnostic;
use crate::source::FileId;

pub fn parse_file(file: FileId, src: &str) -> (ast::File, Vec<Diagnostic>) {
    let lexed = super::lexer::lex(src);
    let mut errors = Vec::new();
    let mut sd = Vec::new();
    let toks = lexed.tokens.into_iter().map(Ok);
    let r = super::grammar::FileParser::new().parse(file, &mut errors, &mut sd, toks);
    let mut diags: Vec<Diagnostic> = lexed
        .errors
        .iter()
        .map(|e| e.to_diagnostic(file, src))
        .collect();
    diags.extend(sd.iter().map(|e| e.to_diagnostic(file)));
    for e in &errors {
        diags.push(Diagnostic::new(
            crate::source::Span::default(),
            format!("syntax error: {:?}", e.error),
        ));
    }
    match r {
        Ok(f) => (f, diags),
        Err(e) => {
            diags.push(Diagnostic::new(
                crate::source::Span::default(),
                format!("syntax error: {e:?}"),
            ));
            let id = ast::Ident {
                name: "main".into(),
                span: Default::default(),
            };
            (
                ast::File {
                    package: id,
                    imports: vec![],
                    decls: vec![],
                    span: Default::default(),
                },
                diags,
            )
        }
    }
}

pub fn dump(f: &ast::File) -> String {
    format!("{f:#?}\n")
}
