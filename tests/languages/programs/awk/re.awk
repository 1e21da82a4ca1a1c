# A fatal error: gawk exits with code 2.
BEGIN { zero = 0; print 1 / zero }
