let answer: int = "Hello World!"
echo answer
