;; An error: car of the empty list; the program exits with code 70.
(display (car (quote ())))
