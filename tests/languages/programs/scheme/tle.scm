;; Spins on the CPU forever.
(let loop ((counter 0))
  (loop (+ counter 1)))
