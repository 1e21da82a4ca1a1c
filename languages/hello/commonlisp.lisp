(format t "Hello World!~%")
