;; A reader error (unbalanced parentheses): compile-file aborts, CE.
(defun main (
  (format t "Hello World!~%"))
