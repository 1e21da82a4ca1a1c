// A syntax error: the string is never closed.
println "Hello World!
