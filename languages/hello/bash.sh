echo "Hello World!"
