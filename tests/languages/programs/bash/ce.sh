# A syntax error: bash -n rejects it at compile time.
if true; then
  echo "Hello World!"
