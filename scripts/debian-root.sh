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

# remove_root DIR: deletes a scratch root, after unmounting whatever an interrupted run left
# mounted inside it; never deletes through a mount that stays.
remove_root() {
    local dir="$1" target
    [ -e "$dir" ] || return 0
    while read -r target; do
        umount -l "$target" 2> /dev/null || true
    done < <(awk -v d="$dir/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r)
    if awk -v d="$dir/" 'index($2, d) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        echo "$(basename "$0"): $dir still has mounts inside; not deleting it" >&2
        return 1
    fi
    rm -rf "$dir"
}

# undo_root_mounts: unmounts, newest first (call from an EXIT trap).
undo_root_mounts() {
    for ((i = ${#root_mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${root_mounts[i]}" 2> /dev/null || true
    done
    root_mounts=()
}
