# Allocates 1 GiB, 1 MiB (131072 doubles) at a time, keeping every block.
blocks <- vector("list", 1024)
for (i in 1:1024) blocks[[i]] <- rep(as.double(i), 131072)
cat(length(blocks), "\n")
