//! `cargo bench --no-default-features --bench evaluate`: `evaluate` over the mixed cases of the rules table
//! (every platform, category and problem route), one case per iteration.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use divan::{black_box, Bencher};
    use shouhou::rules::{case_from_value, evaluate, Case};

    fn mixed_cases() -> Vec<Case> {
        let table: serde_json::Value =
            serde_json::from_str(include_str!("../cases/rules_table.json")).expect("table parses");
        table["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|row| case_from_value(&row["case"]).expect("row case parses"))
            .collect()
    }

    #[divan::bench]
    fn evaluate_one_case(bencher: Bencher) {
        let cases = mixed_cases();
        // Load the packs, calendar and wording once, outside the measurement.
        evaluate(&cases[0]);
        let mut next = 0;
        bencher.bench_local(|| {
            next = (next + 1) % cases.len();
            evaluate(black_box(&cases[next]))
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
