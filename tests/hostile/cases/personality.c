// personality(READ_IMPLIES_EXEC) makes every readable mapping executable: denied by name.
#include <stdio.h>
#include <sys/personality.h>

int main(void) {
  personality(READ_IMPLIES_EXEC);
  if (personality(0xffffffff) & READ_IMPLIES_EXEC) {
    puts("PWNED-personality: READ_IMPLIES_EXEC set");
  } else {
    puts("contained");
  }
  return 0;
}
