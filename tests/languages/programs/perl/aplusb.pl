use strict;
use warnings;
my @numbers = split ' ', do { local $/; <STDIN> };
print $numbers[0] + $numbers[1], "\n";
