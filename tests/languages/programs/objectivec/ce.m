// A compile error: the interface is never closed with @end.
#include <stdio.h>
#import <objc/Object.h>

@interface Broken : Object
+ (void)greet;

int main(void) {
  printf("Hello World!\n");
  return 0;
}
