;; Does nothing.
