;; Allocates 1 GiB, 1 MiB at a time, keeping every block (each array is filled).
(def blocks (mapv (fn [i] (byte-array 1048576 (byte (mod i 100)))) (range 1024)))
(println (count blocks))
