/* Burns CPU forever; `volatile` keeps the compiler from removing the loop. */
int main(void) {
  volatile unsigned long counter = 0;
  for (;;) counter++;
}
