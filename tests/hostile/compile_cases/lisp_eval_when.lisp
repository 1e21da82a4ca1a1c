;; Compile-time attack: eval-when runs while compile-file compiles, making a huge tree of files
;; in /box (more entries than a program may hand back).
(eval-when (:compile-toplevel)
  (dotimes (d 50)
    (ensure-directories-exist (format nil "/box/tree/d~D/" d))
    (dotimes (f 100)
      (with-open-file (s (format nil "/box/tree/d~D/f~D" d f) :direction :output
                         :if-exists :supersede :if-does-not-exist :create)
        (write-line "x" s)))))
(format t "contained~%")
