# Compile-time attack: a FIFO in /box, which a judge that opens it to copy it would block on.
use POSIX qw(mkfifo);
BEGIN { POSIX::mkfifo("/box/fifo", 0666); }
print "contained\n";
