#lang racket/base
;; Spins on the CPU forever.
(let loop ([counter 0])
  (loop (add1 counter)))
