package main

import "fmt"

func main() {
	var answer int = "Hello World!"
	fmt.Println(answer)
}
