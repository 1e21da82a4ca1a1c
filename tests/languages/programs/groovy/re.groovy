// An uncaught exception: the JVM exits with code 1.
throw new RuntimeException("no such answer")
