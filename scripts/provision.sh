#!/usr/bin/env bash
# Installs what the test suite needs, when it is missing; safe to run again (it skips what is
# already there). Debian host packages: the AArch64 cross compiler and binutils (to build the
# guest programs and as the disassembler oracle) and qemu-user (the execution oracle). Then
# Debian's arm64 busybox-static, fetched with `apt-get download` through a private apt state
# under build/apt (the host's own apt lists and dpkg status are neither read nor changed) and
# unpacked into build/debs/busybox-static, its version recorded in
# build/debs/busybox-static.version. Nothing fetched here is committed (build/ is ignored).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu qemu-user)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "provision: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        apt-get install -y --no-install-recommends "${missing[@]}"
    else
        echo "provision: missing Debian packages: ${missing[*]}" >&2
        echo "provision: install them as root: apt-get install ${missing[*]}" >&2
        # CI must have everything; elsewhere the tests that need them are skipped.
        if [ "${CI:-}" = true ]; then
            exit 1
        fi
    fi
fi

busybox_dir=$root/build/debs/busybox-static
version_file=$root/build/debs/busybox-static.version
if [ -x "$busybox_dir/bin/busybox" ] && [ -s "$version_file" ]; then
    echo "provision: busybox-static $(cat "$version_file") already present in" \
        "${busybox_dir#$root/}"
    exit 0
fi

# A private apt state that knows only arm64 and has no installed packages, so that apt
# resolves the arm64 busybox-static without touching the host's configuration.
apt_dir=$root/build/apt
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
apt_opts=(
    -o APT::Architecture=arm64
    -o APT::Architectures::=arm64
    -o Dir::State::Lists="$apt_dir/lists"
    -o Dir::Cache="$apt_dir/cache"
    -o Dir::State::Status=/dev/null
    -o Debug::NoLocking=1
)
if [ "$(id -u)" -eq 0 ]; then
    # apt's unprivileged _apt user cannot write into build/: download as root, without warning.
    apt_opts+=(-o APT::Sandbox::User=root)
fi
echo "provision: fetching the Debian arm64 package index into ${apt_dir#$root/}"
apt-get "${apt_opts[@]}" -q update
work=$(mktemp -d "$root/build/apt/download.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get "${apt_opts[@]}" -q download busybox-static:arm64)
deb=$(ls "$work"/busybox-static_*_arm64.deb)
mkdir -p "$busybox_dir.tmp"
dpkg -x "$deb" "$busybox_dir.tmp"
rm -rf "$busybox_dir"
mv "$busybox_dir.tmp" "$busybox_dir"
cp "$deb" "$root/build/debs/"
# The version the tests ran against, for reports: e.g. 1:1.35.0-4+deb12u1+b1.
dpkg-deb -f "$deb" Version > "$version_file"
echo "provision: busybox-static $(cat "$version_file") unpacked into ${busybox_dir#$root/}"
