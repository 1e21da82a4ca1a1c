"""What the host kernel itself offers, for cases whose expected end depends on it."""
import functools
import os
import subprocess
import tempfile

_INT80_GETPID = r"""
int main(void) {
  long r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory");  /* i386 getpid */
  return r > 0 ? 0 : 1;
}
"""


@functools.lru_cache(maxsize=None)
def host_has_i386_abi():
    """True when a 64-bit process on this host can make i386 system calls with int 0x80.

    Kernels built without IA32 emulation, or booted with ia32_emulation=0, fault the instruction
    with SIGSEGV before any system call happens, so no seccomp filter ever sees it.
    """
    with tempfile.TemporaryDirectory() as scratch:
        source = os.path.join(scratch, "probe.c")
        binary = os.path.join(scratch, "probe")
        with open(source, "w", encoding="utf-8") as out:
            out.write(_INT80_GETPID)
        subprocess.run(["cc", "-o", binary, source], check=True)
        return subprocess.run([binary], check=False).returncode == 0
