//! The `evaluate` example as docs/CONTRACT.md 1 fixes it: a case from a file or standard input gives the decision
//! as JSON; a bad case exits 2 with one line naming the field and nothing on standard output.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const CASE: &str = r#"{"platform":"jd","category":"general","problem":"changed_mind","paid_on":"2026-11-01",
    "signed_on":"2026-11-03","today":"2026-11-05","paid_fen":9900}"#;

/// A plain `cargo test` builds the examples next to the test binaries: target/<profile>/examples/evaluate.
fn example() -> PathBuf {
    let test_binary = std::env::current_exe().unwrap();
    let profile_dir = test_binary.parent().unwrap().parent().unwrap();
    profile_dir.join("examples").join(format!("evaluate{}", std::env::consts::EXE_SUFFIX))
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(example())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn scratch(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("shouhou-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_case_on_standard_input_prints_the_decision() {
    let output = run(&[], CASE);
    assert!(output.status.success());
    let decision: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // 7 days from Tue 11-03 end Tue 11-10.
    assert_eq!(decision["remedies"][1]["until"], "2026-11-10");
    assert_eq!(decision["remedies"].as_array().unwrap().len(), 4);
}

#[test]
fn a_bad_case_exits_2_with_one_line_naming_the_field() {
    let output = run(&[], &CASE.replace("9900", "-1"));
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "paid_fen: must be a non-negative integer\n");
}

#[test]
fn a_policy_file_lays_its_pack_over_the_built_in_ones() {
    let case = scratch("case.json", &CASE.replace("2026-11-05", "2026-11-12"));
    let longer = scratch("longer.toml", "[pack]\nid = \"help\"\n[[rule]]\nid = \"cn.cpl.25\"\ndays = 15\n");
    let output = run(&["--policy", longer.to_str().unwrap(), case.to_str().unwrap()], "");
    let decision: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // 15 days from Tue 11-03 end Wed 11-18.
    assert_eq!(decision["remedies"][1]["verdict"], "eligible");
    assert_eq!(decision["remedies"][1]["until"], "2026-11-18");

    let shorter = scratch("shorter.toml", "[pack]\nid = \"shop\"\n[[rule]]\nid = \"cn.cpl.25\"\ndays = 3\n");
    let output = run(&["--policy", shorter.to_str().unwrap(), case.to_str().unwrap()], "");
    assert_eq!(output.status.code(), Some(2));
    let message = String::from_utf8(output.stderr).unwrap();
    assert!(message.ends_with("cn.cpl.25: days 3 gives the buyer less than the law (7)\n"), "{message}");
    for file in [case, longer, shorter] {
        std::fs::remove_file(file).unwrap();
    }
}
