;; A reader error: the list is never closed.
(display "Hello World!"
