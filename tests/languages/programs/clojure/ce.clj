;; A reader error: the list is never closed.
(println "Hello World!"
