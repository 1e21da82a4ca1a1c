(display "Hello World!")
(newline)
