! A run-time error: error stop ends the program with exit code 1.
program crash
  implicit none
  error stop 'boom'
end program crash
