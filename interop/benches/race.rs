//! How the bench times: contenders interleaved in rounds over the same
//! inputs from a fixed-seed generator, each reported as its median.

use std::hint::black_box;
use std::time::Instant;

/// How many rounds each race runs; every contender runs once a round.
pub const ROUNDS: usize = 31;

/// A fixed-seed xorshift generator: the same inputs on every run.
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Runs each contender, which reads `inputs` inputs a pass, once a round for
/// [`ROUNDS`] rounds and returns each one's median time per input, in
/// nanoseconds.
pub fn race(inputs: usize, contenders: &mut [&mut dyn FnMut() -> usize]) -> Vec<f64> {
    let mut times = vec![Vec::with_capacity(ROUNDS); contenders.len()];
    for _ in 0..ROUNDS {
        for (contender, times) in contenders.iter_mut().zip(&mut times) {
            let start = Instant::now();
            black_box(contender());
            times.push(start.elapsed().as_secs_f64() * 1e9 / inputs as f64);
        }
    }
    times.into_iter().map(median).collect()
}

/// [`race`] for two contenders: their two medians.
pub fn race_two(
    inputs: usize,
    mut first: impl FnMut() -> usize,
    mut second: impl FnMut() -> usize,
) -> (f64, f64) {
    let medians = race(inputs, &mut [&mut first, &mut second]);
    (medians[0], medians[1])
}

/// The median of `times`, which must not be empty.
pub fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
