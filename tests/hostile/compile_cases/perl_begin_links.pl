# Compile-time attack (perl -c runs BEGIN blocks): leaves links to the answer file, /etc/shadow
# and /proc/self/cwd in /box, hoping the judge copies their targets into the program's files.
BEGIN {
    symlink("@ANSWER@", "/box/answer.txt");
    symlink("/etc/shadow", "/box/shadow");
    symlink("/proc/self/cwd", "/box/cwd");
}
open(my $f, "<", "/box/answer.txt") or do { print "contained\n"; exit 0 };
print <$f>;
