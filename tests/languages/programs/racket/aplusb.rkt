#lang racket/base
;; read skips any whitespace, line breaks included.
(define a (read))
(define b (read))
(displayln (+ a b))
