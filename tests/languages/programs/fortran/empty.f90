program empty
end program empty
