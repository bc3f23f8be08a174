//! `cargo bench --no-default-features --bench evaluate_json`: what `window.Shouhou.evaluate` does per call,
//! natively: the case as JSON text in, `parse_case`, `evaluate`, the decision as JSON text out, over the
//! cases of the rules table. The native twin of the figure tests/bench/rules-wasm.mjs takes in the page.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use divan::{black_box, Bencher};
    use shouhou::rules::{evaluate, parse_case};

    fn case_texts() -> Vec<String> {
        let table: serde_json::Value =
            serde_json::from_str(include_str!("../cases/rules_table.json")).expect("table parses");
        table["rows"].as_array().expect("rows").iter().map(|row| row["case"].to_string()).collect()
    }

    #[divan::bench]
    fn evaluate_json_in_and_out(bencher: Bencher) {
        let texts = case_texts();
        // Load the packs, calendar and wording once, outside the measurement.
        evaluate(&parse_case(&texts[0]).expect("case parses"));
        let mut next = 0;
        bencher.bench_local(|| {
            next = (next + 1) % texts.len();
            let case = parse_case(black_box(&texts[next])).expect("case parses");
            serde_json::to_string(&evaluate(&case)).expect("a decision serializes")
        });
    }

    pub fn main() {
        divan::main();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main()
}

/// Measures the native core; the browser's figure comes from tests/bench/rules-wasm.mjs.
#[cfg(target_arch = "wasm32")]
fn main() {}
