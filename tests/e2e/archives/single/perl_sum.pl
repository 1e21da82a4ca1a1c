#!/usr/bin/perl
use strict;
my ($a, $b) = split ' ', <STDIN>;
print $a + $b, "\n";
