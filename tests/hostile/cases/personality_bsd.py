# personality(PER_BSD) changes the execution domain: denied by name.
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
libc.personality(0x0006)  # PER_BSD
print("PWNED-personality_bsd: PER_BSD set" if libc.personality(0xFFFFFFFF) & 0xFF == 6
      else "contained")
