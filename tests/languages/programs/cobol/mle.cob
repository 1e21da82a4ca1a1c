      *> Allocates 1 GiB, 1 MiB at a time, keeping every block: each
      *> ALLOCATE ... INITIALIZED fills its block with spaces.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. HOG.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 BLOCK-COUNT PIC 9(4) COMP VALUE 0.
       LINKAGE SECTION.
       01 MEGABYTE PIC X(1048576) BASED.
       PROCEDURE DIVISION.
           PERFORM 1024 TIMES
               ALLOCATE MEGABYTE INITIALIZED
               ADD 1 TO BLOCK-COUNT
           END-PERFORM
           DISPLAY BLOCK-COUNT
           STOP RUN.
