;; An unhandled error: sbcl --script exits with a non-zero code.
(format t "~d~%" (car (read-from-string "5")))
