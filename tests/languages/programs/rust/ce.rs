fn main() {
    let answer: i32 = "Hello World!";
    println!("{}", answer);
}
