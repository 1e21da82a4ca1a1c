// Allocates and touches 1 GiB, 1 MiB at a time, keeping every block.
fn main() {
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    for i in 0..1024 {
        chunks.push(vec![(i % 251 + 1) as u8; 1 << 20]);
    }
    println!("{}", chunks.len());
}
