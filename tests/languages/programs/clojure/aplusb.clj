;; The whole input, split on any whitespace.
(require (quote [clojure.string :as string]))
(let [[a b] (map #(Long/parseLong %) (string/split (string/trim (slurp *in*)) #"\s+"))]
  (println (+ a b)))
