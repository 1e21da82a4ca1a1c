;; Spins on the CPU forever.
(defvar *counter* 0)
(loop (incf *counter*))
