;; Allocates and touches 1 GiB, 1 MiB at a time, keeping a reference to every block.
(defvar *chunks* nil)
(dotimes (i 1024)
  (push (make-array (* 1024 1024) :element-type '(unsigned-byte 8) :initial-element (mod i 256))
        *chunks*))
(format t "~d~%" (length *chunks*))
