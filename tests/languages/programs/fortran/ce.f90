program broken
  implicit none
  integer :: answer
  answer = 'Hello World!'
  print *, answer
end program broken
