# Ruby's bundled gems, which DOMjudge's plain `ruby` loads through RubyGems (the default profile
# runs with --disable-gems, where `require "prime"` is a LoadError): A + B through a Matrix
# product, checked against Prime so that both gems are really used.
require "prime"
require "matrix"

a, b = $stdin.read.split.map(&:to_i)
sum = (Matrix[[a, b]] * Matrix.column_vector([1, 1]))[0, 0]
raise "prime is broken" unless Prime.first(3) == [2, 3, 5]
puts sum
