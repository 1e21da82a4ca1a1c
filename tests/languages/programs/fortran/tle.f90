! Spins on the CPU forever; volatile keeps the optimizer from removing the loop.
program spin
  implicit none
  integer(kind=8), volatile :: counter
  counter = 0
  do while (counter >= 0)
    counter = iand(counter + 1, huge(counter) / 2)
  end do
  print *, counter
end program spin
