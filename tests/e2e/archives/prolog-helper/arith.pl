:- module(arith, [add/3]).
add(A, B, S) :- S is A + B.
