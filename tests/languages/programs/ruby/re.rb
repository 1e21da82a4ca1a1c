# An uncaught exception: ruby exits with code 1.
raise ArgumentError, "boom"
