# Compile-time reconnaissance (perl -c runs BEGIN blocks): looks for the host's layout in the
# compile's /proc/self/mountinfo and /proc/self/mounts (the old root /.host, the judge's staging
# directories judge-XXXXXX, host home and work trees, a host path given to overlayfs, a mount
# whose root is a path it is not mounted at) and leaves what it found in /box for the run to say.
BEGIN {
    # At run time BEGIN runs again: what the compile saw is there already (and read-only).
    return if -e "/box/seen.txt";
    my $found = "";
    my @forbidden = ("/.host", "judge-", "/work", "/root", "/home", "lowerdir=/", "/var/tmp");
    for my $file ("/proc/self/mountinfo", "/proc/self/mounts") {
        open(my $in, "<", $file) or next;
        while (my $line = <$in>) {
            for my $word (@forbidden) {
                $found = $line if index($line, $word) >= 0;
            }
            if ($file eq "/proc/self/mountinfo") {
                my ($root, $point) = (split / /, $line)[3, 4];
                $found = $line if $root ne "/" && substr($point, -length($root)) ne $root;
            }
        }
    }
    open(my $out, ">", "/box/seen.txt") or die;
    print $out ($found eq "" ? "contained\n" : "PWNED-compile-mountinfo: $found");
}
open(my $seen, "<", "seen.txt") or do { print "contained-nothing-seen\n"; exit 0 };
print <$seen>;
