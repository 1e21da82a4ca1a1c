# Compile-time attack: writes GBs into /box and /tmp, hoping they land on the host disk.
BEGIN {
    $SIG{XFSZ} = 'IGNORE';
    my $chunk = "x" x (1 << 20);
    for my $dir ("/box", "/tmp") {
        for my $i (1 .. 64) {
            open(my $f, ">", "$dir/big$i") or last;
            my $ok = 1;
            for (1 .. 64) { $ok = print $f $chunk; last unless $ok; }
            close($f);
            last unless $ok;
        }
    }
}
print "contained\n";
