main :: IO ()
main = putStrLn (1 + "Hello World!")
