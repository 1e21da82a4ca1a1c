-- head of an empty list: the program dies with an exception, exit code 1.
main :: IO ()
main = do
  input <- getContents
  print (head (filter (< 0) (map length (lines input))))
