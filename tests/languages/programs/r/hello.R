cat("Hello World!\n")
