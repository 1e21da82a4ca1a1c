# "Hello, World!" has a different first token. (Case alone would not do: the default validator
# compares case-insensitively unless problem.yaml asks for case_sensitive.)
print("Hello, World!")
