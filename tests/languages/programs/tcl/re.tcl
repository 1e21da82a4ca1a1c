# An uncaught error: tclsh exits with code 1.
error "no such answer"
