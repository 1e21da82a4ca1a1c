# Spins on the CPU forever.
my $counter = 0;
while (1) { $counter++; }
