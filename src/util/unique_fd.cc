#include "util/unique_fd.h"

#include <fcntl.h>

#include "util/error.h"

namespace judge {

Pipe make_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw_errno("pipe2");
  return {UniqueFd(fds[0]), UniqueFd(fds[1])};
}

}  // namespace judge
