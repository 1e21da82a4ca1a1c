;; An uncaught exception: clojure.main exits with code 1.
(throw (RuntimeException. "no such answer"))
