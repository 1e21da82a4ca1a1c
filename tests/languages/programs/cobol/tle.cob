      *> Spins on the CPU forever.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. SPIN.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 COUNTER PIC 9(9) COMP VALUE 0.
       PROCEDURE DIVISION.
           PERFORM UNTIL COUNTER > 999999999
               ADD 1 TO COUNTER
               IF COUNTER > 999999990
                   MOVE 0 TO COUNTER
               END-IF
           END-PERFORM
           STOP RUN.
