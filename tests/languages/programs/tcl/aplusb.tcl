# Reads the whole input: the two numbers may be on different lines.
set numbers [read stdin]
puts [expr {[lindex $numbers 0] + [lindex $numbers 1]}]
