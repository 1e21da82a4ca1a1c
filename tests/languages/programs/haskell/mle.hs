-- Allocates and touches 1 GiB, 1 MiB (128 Ki words) at a time, keeping every block.
import Control.Monad (forM)
import Data.Array.Unboxed (UArray, listArray, (!))

main :: IO ()
main = do
  chunks <- forM [1 .. 1024 :: Int] $ \i -> do
    let chunk = listArray (0, 128 * 1024 - 1) (repeat (fromIntegral i)) :: UArray Int Word
    chunk ! 0 `seq` return chunk
  print (sum [chunk ! 5 | chunk <- chunks])
