# die: perl exits with a non-zero code.
die "boom\n";
