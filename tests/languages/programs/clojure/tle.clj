;; Spins on the CPU forever.
(loop [counter 0]
  (recur (inc counter)))
