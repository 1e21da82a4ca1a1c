      *> A runtime error: the program called by name (a dynamic CALL)
      *> does not exist, so libcob stops the run with exit code 1.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. MISSING.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 TARGET-NAME PIC X(20) VALUE "NOSUCHPROGRAM".
       PROCEDURE DIVISION.
           CALL TARGET-NAME
           STOP RUN.
