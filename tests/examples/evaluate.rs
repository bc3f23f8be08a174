//! `cargo run --release --example evaluate -- [--policy FILE.toml] [CASE.json]`: reads a case from the file
//! (or standard input), prints the decision as JSON. A case it cannot accept exits 2 with one line on standard
//! error naming the field (`paid_fen: must be a non-negative integer`) and nothing on standard output.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::io::Read;
    use std::process::ExitCode;

    use shouhou::rules::{evaluate_with, parse_case, PolicyPack};

    fn fail(message: impl std::fmt::Display) -> ExitCode {
        eprintln!("{message}");
        ExitCode::from(2)
    }

    pub fn main() -> ExitCode {
        let mut args = std::env::args().skip(1);
        let mut policy_file = None;
        let mut case_file = None;
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--policy" => match args.next() {
                    Some(file) => policy_file = Some(file),
                    None => return fail("--policy: needs a FILE.toml"),
                },
                _ if case_file.is_none() => case_file = Some(arg),
                _ => {
                    return fail(format!(
                        "{arg}: unexpected argument (usage: evaluate [--policy FILE.toml] [CASE.json])"
                    ))
                }
            }
        }
        let custom;
        let pack = match policy_file {
            None => PolicyPack::builtin(),
            Some(file) => {
                let read = std::fs::read_to_string(&file).map_err(|e| e.to_string());
                match read.and_then(|text| PolicyPack::from_toml(&text).map_err(|e| e.to_string())) {
                    Ok(pack) => {
                        custom = pack;
                        &custom
                    }
                    Err(e) => return fail(format!("policy: {file}: {e}")),
                }
            }
        };
        let text = match case_file {
            Some(file) => match std::fs::read_to_string(&file) {
                Ok(text) => text,
                Err(e) => return fail(format!("case: cannot read {file}: {e}")),
            },
            None => {
                let mut text = String::new();
                if let Err(e) = std::io::stdin().read_to_string(&mut text) {
                    return fail(format!("case: cannot read standard input: {e}"));
                }
                text
            }
        };
        match parse_case(&text) {
            Ok(case) => {
                let decision = evaluate_with(&case, pack);
                println!("{}", serde_json::to_string_pretty(&decision).expect("a decision serialises"));
                ExitCode::SUCCESS
            }
            Err(e) => fail(e),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    native::main()
}

/// A command-line program: the browser calls `window.Shouhou.evaluate` instead (docs/CONTRACT.md §3).
#[cfg(target_arch = "wasm32")]
fn main() {}
