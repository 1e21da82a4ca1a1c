# Reads every number of the input, whatever the line breaks.
numbers <- scan(file("stdin"), what = numeric(), quiet = TRUE)
cat(format(sum(numbers), scientific = FALSE), "\n", sep = "")
