package main

// Spins on the CPU forever; printing the counter keeps the loop from being removed.
func main() {
	counter := 0
	for counter >= 0 {
		counter = (counter + 1) & 0x7fffffff
	}
	println(counter)
}
