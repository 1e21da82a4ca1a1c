-- The libraries GHC ships with (the packages Kattis' and DOMjudge's plain ghc line reach):
-- A + B read with ByteString, kept in a Map and an Array, shown through Text.
import qualified Data.ByteString.Char8 as B
import qualified Data.Map.Strict as Map
import Data.Array (listArray, elems)
import Data.Maybe (mapMaybe)
import qualified Data.Text as T
import qualified Data.Text.IO as TIO
import Control.Monad.State (evalState, modify, get)

main :: IO ()
main = do
  input <- B.getContents
  let numbers = map fst (mapMaybe B.readInteger (B.words input))
      indexed = Map.fromList (zip [0 :: Int ..] numbers)
      array = listArray (0, Map.size indexed - 1) (Map.elems indexed)
      total = evalState (mapM_ (\n -> modify (+ n)) (elems array) >> get) 0
  TIO.putStrLn (T.pack (show (total :: Integer)))
