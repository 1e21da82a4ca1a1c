# A syntax error: the check step at compile time rejects it before any test runs.
def main(:
    print("Hello World!")
