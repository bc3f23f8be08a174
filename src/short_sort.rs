//! Sorting the short lists the app builds (deadlines, log rows, reminders, holidays): a stable
//! insertion sort costs a few hundred bytes of wasm per use where each use of the standard sort
//! costs kilobytes. Lists that can grow large (stored cases, storage keys) keep the standard sort.

use std::cmp::Ordering;

/// Sorts `items` by `order`, keeping equal items in their order. Quadratic: for lists of tens or hundreds.
pub fn sort_short_by<T>(items: &mut [T], order: impl Fn(&T, &T) -> Ordering) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && order(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7u32;
        for len in 0..60 {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|index| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 8, index)
                })
                .collect();
            let mut ours = items.clone();
            sort_short_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut standard = items;
            standard.sort_by_key(|item| item.0);
            assert_eq!(ours, standard);
        }
    }
}
