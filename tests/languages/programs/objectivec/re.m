// A message the class does not understand: with no forwarding handler the program dies on a signal.
#import <objc/Object.h>

@interface Silent : Object
@end

@implementation Silent
@end

int main(void) {
  [Silent performSomethingUnknown];
  return 0;
}
