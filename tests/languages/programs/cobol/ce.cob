      *> A compile error: DISPLAYY is not a verb.
       IDENTIFICATION DIVISION.
       PROGRAM-ID. BROKEN.
       PROCEDURE DIVISION.
           DISPLAYY "Hello World!".
           STOP RUN.
