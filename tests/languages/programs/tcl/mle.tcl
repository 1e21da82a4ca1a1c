# Allocates 1 GiB, 1 MiB at a time, keeping every block.
set blocks {}
for {set i 0} {$i < 1024} {incr i} {
    lappend blocks [string repeat [format %c [expr {65 + $i % 26}]] 1048576]
}
puts [llength $blocks]
