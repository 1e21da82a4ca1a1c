;; Allocates 1 GiB, 1 MiB at a time, keeping every block (each string is filled).
(define blocks (make-vector 1024 #f))
(do ((i 0 (+ i 1))) ((= i 1024))
  (vector-set! blocks i (make-string 1048576 (integer->char (+ 65 (modulo i 26))))))
(display (vector-length blocks))
(newline)
