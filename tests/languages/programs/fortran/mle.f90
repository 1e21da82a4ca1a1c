! Allocates and touches 1 GiB, 1 MiB at a time, keeping every block.
program hog
  implicit none
  type chunk
    integer(kind=1), allocatable :: bytes(:)
  end type chunk
  type(chunk) :: chunks(1024)
  integer :: i
  do i = 1, 1024
    allocate(chunks(i)%bytes(1048576))
    chunks(i)%bytes = int(mod(i, 100), 1)
  end do
  print '(i0)', sum(int(chunks(1024)%bytes(1:2)))
end program hog
