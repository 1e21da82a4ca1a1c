# Allocates 1 GiB, 1 MiB at a time, keeping every block (each string's bytes are written).
my @chunks;
push @chunks, chr(65 + $_ % 26) x (1 << 20) for 1 .. 1024;
print scalar(@chunks), "\n";
