;; read skips any whitespace, line breaks included.
(let* ((a (read)) (b (read)))
  (display (+ a b))
  (newline))
