// The overlays a run's init mounts where a bind would name a host path.
//
// A bind mount shows, in /proc/self/mountinfo, the path of its source inside the source's file
// system: the judge's staging directory on the host. An overlay's root is its own, and its
// options name its layers as given: the init gives them as descriptor numbers, relative to
// /proc/self/fd, so the program sees "lowerdir=5:6" and nothing of the host's layout.
// Allocation-free, for the init between clone and exec. Paths are the init's (under /.host).
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

}  // namespace judge::sandbox::child
