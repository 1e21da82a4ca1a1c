-- A syntax error: luac -p rejects it at compile time.
function main(
  print("Hello World!")
end
