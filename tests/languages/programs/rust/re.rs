// An index out of bounds: the program panics and exits with code 101.
fn main() {
    let numbers = vec![1];
    let index = numbers.len() + std::env::args().count();
    println!("{}", numbers[index]);
}
