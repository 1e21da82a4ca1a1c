#lang racket/base
;; An unbound identifier: raco make rejects the module.
(displayln no-such-binding)
