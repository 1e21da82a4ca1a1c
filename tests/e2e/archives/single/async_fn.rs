// Accepted where rustc runs with --edition=2018 or newer: `async fn` is not Rust 2015, the
// edition of a bare `rustc` line (DOMjudge's).
use std::io::Read;

#[allow(dead_code)]
async fn unused() {}

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let sum: i64 = input.split_whitespace().map(|word| word.parse::<i64>().unwrap()).sum();
    println!("{}", sum);
}
