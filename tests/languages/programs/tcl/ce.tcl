# Unbalanced braces: the script cannot be read.
proc main {} {
    puts "Hello World!"
