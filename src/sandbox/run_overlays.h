// The overlays the zygote and a run's init mount where a bind would name a host path.
//
// A bind mount shows, in /proc/self/mountinfo, the path of its source inside the source's file
// system: the judge's staging directory on the host, or, for /usr, the host's whole layout when
// the judge's root is itself a subdirectory of a disk (a container, a chroot). An overlay's root
// is its own, and its options name its layers as given: they are given as descriptor numbers,
// relative to /proc/self/fd, so the program sees "lowerdir=5:6" and nothing of the host's
// layout. Allocation-free, for the zygote and the init between clone and exec. Paths are theirs
// (the host's under /.host).
#pragma once

namespace judge::sandbox::child {

// Keeps the sandbox root's /box directory (empty, read-only), before the run's tmpfs covers it:
// the lower layer of mount_writable_dir. Returns 0 or an errno.
int keep_empty_lower();

// /box as an overlay on the run's tmpfs (already mounted there): the read-only lower layers are
// `files` (may be empty: a test's files, on top) and `contents` (the program's files); the upper
// layer is the tmpfs, which the overlay covers. Returns 0 or an errno.
int mount_box_overlay(const char* contents, const char* files);

// The host directory `upper` at `target`, writable: the upper layer of an overlay over an empty
// lower layer, with `work` (an empty directory on upper's file system) as its work directory.
// What the program writes there lands in `upper`. Needs keep_empty_lower first (EINVAL without).
// The mount point is made first, so a caller may bind `upper` there instead when this fails.
int mount_writable_dir(const char* upper, const char* work, const char* target);

// The host directory `source` at `target` (an existing directory), read-only, nosuid and nodev:
// an overlay of `source` over the empty directory `empty`. Mounts below `source` are not part of
// it (the caller mounts each in turn). `fd_dir` lists the process's descriptors (the zygote,
// before its /proc exists, has the host's under /.host). Returns 0 or an errno: the kernel
// refuses overlays in a user namespace before 5.11, and some file systems as a layer.
int mount_readonly_dir(const char* source, const char* target, const char* empty,
                       const char* fd_dir);

}  // namespace judge::sandbox::child
