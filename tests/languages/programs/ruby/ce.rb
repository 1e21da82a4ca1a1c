# A syntax error: ruby -c rejects it at compile time.
def main
  puts "Hello World!"
