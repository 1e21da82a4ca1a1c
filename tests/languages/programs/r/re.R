# An error: Rscript exits with code 1.
stop("no such answer")
