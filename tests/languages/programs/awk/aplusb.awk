# Sums every number of the input, whatever the line breaks.
{ for (i = 1; i <= NF; i++) sum += $i }
END { print sum }
