package main

import "fmt"

// An index out of range: the Go runtime panics and exits with code 2.
func main() {
	numbers := []int{1}
	index := len(numbers)
	fmt.Println(numbers[index])
}
