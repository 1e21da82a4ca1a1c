// Spins on the CPU forever; black_box-style volatile access keeps the loop.
fn main() {
    let mut counter: u64 = 0;
    loop {
        unsafe { std::ptr::write_volatile(&mut counter, counter.wrapping_add(1)) };
    }
}
