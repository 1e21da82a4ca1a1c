#lang racket/base
;; An uncaught exception: racket exits with code 1.
(displayln (car (list)))
