#!/bin/sh
# Install the headless browser the browser tests drive (Debian's chromium; Playwright downloads nothing).
# Idempotent: does nothing when /usr/bin/chromium is already there. CI runs this as root.
#
# Bounded: apt waits at most LOSSLEDGER_APT_LOCK_TIMEOUT seconds (default 300) for another apt/dpkg to
# release the package lock, and the whole install at most LOSSLEDGER_APT_TIMEOUT seconds (default 900).
# Exit status: 0 installed (or already there); 1 it could not be installed, with one line saying why
# (no apt-get, no root or sudo, the lock stayed taken, the download failed). scripts/test.sh goes on
# without it: the browser tests then skip, naming what is missing.
set -eu
CHROMIUM=/usr/bin/chromium
LOCK_TIMEOUT="${LOSSLEDGER_APT_LOCK_TIMEOUT:-300}"
APT_TIMEOUT="${LOSSLEDGER_APT_TIMEOUT:-900}"

if [ -x "$CHROMIUM" ]; then
    echo "chromium already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
    exit 0
fi
say_no() {
    echo "browser-deps: chromium NOT installed: $*; the browser tests will be skipped." >&2
    exit 1
}
command -v apt-get >/dev/null 2>&1 || say_no "no apt-get on this machine (install Chromium at $CHROMIUM by hand)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || say_no "not root and no sudo"
    SUDO="sudo -n"
fi
BOUNDED=""
command -v timeout >/dev/null 2>&1 && BOUNDED="timeout $APT_TIMEOUT"
export DEBIAN_FRONTEND=noninteractive LC_ALL=C  # C: the lock message below is matched in English
# DPkg::Lock::Timeout makes `apt-get install` wait (bounded) for the dpkg lock
# instead of failing at once when another apt holds it.
APT="$SUDO $BOUNDED apt-get -o DPkg::Lock::Timeout=$LOCK_TIMEOUT -q"
echo "browser-deps: installing Debian's chromium with apt-get (waits up to ${LOCK_TIMEOUT}s for the package lock)"
# `apt-get update` does not honour DPkg::Lock::Timeout for the lists lock (apt 2.6): it is retried while
# the lock is taken, up to the same bound; any other failure ends at once.
waited=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
until $APT update 2>"$log"; do
    cat "$log" >&2
    grep -q "Could not get lock" "$log" || say_no "apt-get update failed"
    [ "$waited" -lt "$LOCK_TIMEOUT" ] || say_no "the package lists stayed locked for ${LOCK_TIMEOUT}s"
    sleep 5
    waited=$((waited + 5))
done
$APT install -y --no-install-recommends chromium fonts-liberation \
    || say_no "apt-get install chromium failed (exit $?; waited at most ${LOCK_TIMEOUT}s for the package lock)"
"$CHROMIUM" --version
