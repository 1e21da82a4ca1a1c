# Sourced by run-v2-tests.sh: everything the VM needs before it can boot.
#
#   vm_install_tools     qemu-system-x86_64, a static busybox, xz and jq (apt-get, once)
#   vm_prepare_kernel    the distribution's generic kernel, unpacked into the cache (not installed)
#   vm_prepare_initramfs busybox + the 9p/virtio/overlay modules + initramfs/init, cached
#
# Each function returns non-zero with a one-line reason in VM_SKIP_REASON when the machine cannot
# provide what is needed (no root for apt, no network, no such package); the caller turns that
# into "SKIP: <reason>". Nothing is installed into /boot and no boot-loader hook runs: the kernel
# package is only downloaded and unpacked.

VM_PACKAGES="qemu-system-x86 busybox-static xz-utils jq"  # jq: the guest checks read JSON
# Modules the initramfs loads to reach the host root: virtio PCI transport, 9p over virtio, and
# overlayfs for the writable RAM layer. Their dependencies are resolved from the .ko files.
VM_ROOT_MODULES="virtio_pci 9pnet_virtio 9p overlay"

vm_have_tools() {
  command -v qemu-system-x86_64 >/dev/null && command -v xz >/dev/null && command -v jq >/dev/null &&
    [ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1  # static: ldd refuses it
}

vm_apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "$@"
}

vm_install_tools() {
  vm_have_tools && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    VM_SKIP_REASON="qemu-system-x86_64 or a static busybox is missing, and installing them"
    VM_SKIP_REASON+=" needs root and apt-get (apt-get install $VM_PACKAGES)"
    return 1
  fi
  echo "vm: installing $VM_PACKAGES"
  # A fresh machine may have empty package lists: update once, only when the install fails.
  # shellcheck disable=SC2086
  if ! vm_apt_install $VM_PACKAGES; then
    apt-get update -q -o DPkg::Lock::Timeout=300 && vm_apt_install $VM_PACKAGES
  fi >&2
  vm_have_tools && return 0
  VM_SKIP_REASON="apt-get could not install $VM_PACKAGES"
  return 1
}

# The versioned package behind the distribution's generic kernel, e.g. linux-image-6.1.0-56-amd64.
# The generic flavour, not -cloud-amd64: the cloud kernel has no 9p.
vm_kernel_package() {
  apt-cache depends linux-image-amd64 2>/dev/null |
    awk '/Depends: linux-image-[0-9]/ { print $2; exit }'
}

# Module names a .ko depends on, from its .modinfo section ("depends=a,b"). Reads the file itself
# because the package ships no modules.dep (depmod runs in the package's postinst).
vm_module_depends() {
  tr '\0' '\n' <"$1" | sed -n 's/^depends=//p' | head -1 | tr ',' ' '
}

# Appends $1 and (first) everything it depends on to VM_MODULE_ORDER, each once.
vm_resolve_module() {
  local name=$1 file dep
  case " $VM_MODULE_ORDER " in *" $name "*) return 0 ;; esac
  file=$(find "$VM_KERNEL_TREE/lib/modules" -name "$name.ko" -o -name "$name.ko.xz" | head -1)
  if [ -z "$file" ]; then
    # Module names use '_' where file names may use '-'.
    file=$(find "$VM_KERNEL_TREE/lib/modules" -name "${name//_/-}.ko*" | head -1)
  fi
  [ -n "$file" ] || { echo "vm: kernel module $name not found" >&2; return 1; }
  case $file in *.xz) xz -dc "$file" >"$VM_KERNEL_TREE/$name.ko" && file=$VM_KERNEL_TREE/$name.ko ;; esac
  for dep in $(vm_module_depends "$file"); do
    vm_resolve_module "$dep" || return 1
  done
  VM_MODULE_ORDER+=" $name"
  VM_MODULE_FILES+=("$file")
}

# Debian's bzImage holds an xz-compressed vmlinux. QEMU boots the uncompressed ELF directly
# through its PVH entry point, which skips ~3 s of in-guest decompression under emulation.
vm_extract_vmlinux() {
  local bzimage=$1 out=$2 offset
  offset=$(LC_ALL=C grep -obUaP '\xFD7zXZ\x00' "$bzimage" | head -1 | cut -d: -f1)
  if [ -n "$offset" ]; then
    # xz complains about the bytes after the stream; what it wrote before is the whole ELF.
    tail -c +$((offset + 1)) "$bzimage" | xz -dc >"$out" 2>/dev/null
    [ "$(head -c 4 "$out" | od -An -c | tr -d ' ')" = '177ELF' ] && return 0
  fi
  cp "$bzimage" "$out"  # the compressed image boots too, ~3 s slower
}

# Sets VM_KERNEL_DIR (vmlinux, modules/, kver) in the cache, downloading on first use.
vm_prepare_kernel() {
  local package
  package=${JUDGE_VM_KERNEL_PACKAGE:-$(vm_kernel_package)}
  if [ -z "$package" ] && [ "$(id -u)" = 0 ]; then
    apt-get update -q -o DPkg::Lock::Timeout=300 >&2
    package=$(vm_kernel_package)
  fi
  if [ -z "$package" ]; then
    VM_SKIP_REASON="no kernel package: apt-cache knows no linux-image-amd64 dependency"
    return 1
  fi
  VM_KERNEL_DIR=$VM_CACHE/$package
  [ -s "$VM_KERNEL_DIR/vmlinux" ] && [ -s "$VM_KERNEL_DIR/modules/order" ] && return 0

  echo "vm: fetching $package into $VM_CACHE"
  local work
  work=$(mktemp -d "$VM_CACHE/fetch.XXXXXX")
  if ! (cd "$work" && apt-get download "$package") >&2; then
    rm -rf "$work"
    VM_SKIP_REASON="apt-get download $package failed (no network or no such package)"
    return 1
  fi
  VM_KERNEL_TREE=$work/tree
  dpkg -x "$work"/linux-image-*.deb "$VM_KERNEL_TREE"
  local kver
  kver=$(ls "$VM_KERNEL_TREE/lib/modules")
  VM_MODULE_ORDER="" VM_MODULE_FILES=()
  local module
  for module in $VM_ROOT_MODULES; do
    vm_resolve_module "$module" || { rm -rf "$work"; return 2; }
  done
  mkdir -p "$work/out/modules"
  cp "${VM_MODULE_FILES[@]}" "$work/out/modules/"
  echo "$VM_MODULE_ORDER" >"$work/out/modules/order"
  echo "$kver" >"$work/out/kver"
  vm_extract_vmlinux "$VM_KERNEL_TREE/boot/vmlinuz-$kver" "$work/out/vmlinux"
  rm -rf "$VM_KERNEL_DIR"
  mv "$work/out" "$VM_KERNEL_DIR"
  rm -rf "$work"
}

# Sets VM_INITRD. Rebuilt when initramfs/init or the kernel changes (the name carries a hash).
vm_prepare_initramfs() {
  local init=$VM_HERE/initramfs/init hash
  hash=$(cat "$init" "$VM_KERNEL_DIR/modules/order" /bin/busybox | sha256sum | cut -c1-16)
  VM_INITRD=$VM_KERNEL_DIR/initrd-$hash.img
  [ -s "$VM_INITRD" ] && return 0
  local root
  root=$(mktemp -d "$VM_CACHE/initramfs.XXXXXX")
  mkdir -p "$root"/{bin,dev,proc,sys,lib/modules,hostroot,job,upper,newroot}
  cp /bin/busybox "$root/bin/busybox"
  cp "$VM_KERNEL_DIR"/modules/* "$root/lib/modules/"
  cp "$init" "$root/init"
  chmod 755 "$root/init"
  rm -f "$VM_KERNEL_DIR"/initrd-*.img
  (cd "$root" && find . | /bin/busybox cpio -o -H newc 2>/dev/null) | gzip -1 >"$VM_INITRD.tmp"
  mv "$VM_INITRD.tmp" "$VM_INITRD"
  rm -rf "$root"
}
