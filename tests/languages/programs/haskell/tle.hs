-- Spins on the CPU forever: a strict loop over even numbers that waits for an odd one.
{-# LANGUAGE BangPatterns #-}
main :: IO ()
main = print (spin 0)
  where
    spin :: Int -> Int
    spin !n = if n == 1 then n else spin (n + 2)
