# Shared by test-kf6.sh and test-deb.sh (sourced, not run): Debian roots made with
# debootstrap and kept between runs, and mounts into them that are undone on exit.

# make_debian_root SUITE DIR MIRROR LOG: a minbase root of SUITE in DIR, made once.
make_debian_root() {
    local suite="$1" dir="$2" mirror="$3" log="$4"
    [ -f "$dir/.shortlist-base" ] && return 0
    echo "$(basename "$0"): making a Debian $suite root in $dir"
    rm -rf "$dir"
    debootstrap --variant=minbase "$suite" "$dir" "$mirror" > "$log" 2>&1 || { tail -20 "$log" >&2; return 1; }
    rm -f "$dir"/var/cache/apt/archives/*.deb
    touch "$dir/.shortlist-base"
}

# mount_into_root ARGS... TARGET: mount(8) ARGS onto TARGET, remembered for undo_root_mounts.
root_mounts=()
mount_into_root() {
    mount "$@" && root_mounts+=("${!#}")
}

# undo_root_mounts: unmounts, newest first (call from an EXIT trap).
undo_root_mounts() {
    for ((i = ${#root_mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${root_mounts[i]}" 2> /dev/null || true
    done
    root_mounts=()
}
