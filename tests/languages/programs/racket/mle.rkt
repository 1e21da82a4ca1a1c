#lang racket/base
;; Allocates 1 GiB, 1 MiB at a time, keeping every block (each one is filled).
(define blocks (for/vector ([i 1024]) (make-bytes 1048576 (modulo i 256))))
(displayln (vector-length blocks))
