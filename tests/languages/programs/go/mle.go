package main

import "fmt"

// Allocates and touches 1 GiB, 1 MiB at a time, keeping a reference to every block.
func main() {
	chunks := make([][]byte, 0, 1024)
	for i := 0; i < 1024; i++ {
		chunk := make([]byte, 1<<20)
		for j := range chunk {
			chunk[j] = byte(i)
		}
		chunks = append(chunks, chunk)
	}
	fmt.Println(len(chunks))
}
