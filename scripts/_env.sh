# Shared set-up for scripts/run and scripts/test (sourced, not run).
#
# Why: a fresh clone must work with one command. This file makes sure the Qt system libraries
# are there (installs them when running as root on Debian/Ubuntu, else says which command to
# run), creates .venv with the project and its test tools, and re-installs only when
# pyproject.toml changed. It leaves the shell in the repository root with REPO set.

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

# The libraries Qt needs offscreen and under X (xcb), Xvfb and the tools the end-to-end test
# uses, fonts for a bundle, and the sqlite3 shell (TECH-NOTES.md, "System packages").
BIOTRACK_APT_PACKAGES=(
  libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xfixes0
  xvfb xauth xdotool poppler-utils fontconfig-config sqlite3 imagemagick
)

biotrack_missing_packages() {
  local pkg status
  for pkg in "$@"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
      printf '%s\n' "$pkg"
    fi
  done
}

biotrack_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian/Ubuntu: nothing to check
  local missing
  mapfile -t missing < <(biotrack_missing_packages "$@")
  ((${#missing[@]})) || return 0
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  else
    echo "Missing system packages (the GUI or its tests may fail): run" \
      "sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  fi
}

biotrack_venv() {
  local stamp=".venv/.biotrack-installed"
  if [[ ! -x .venv/bin/python || ! -x .venv/bin/pip ]]; then
    rm -rf .venv
    if ! python3 -m venv .venv; then
      echo "Could not create .venv: install python3-venv (apt-get install python3-venv)" >&2
      return 1
    fi
  fi
  if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
    echo "Installing BioTrack and its test tools into .venv (log: .venv/pip.log) ..." >&2
    if ! { .venv/bin/python -m pip install --disable-pip-version-check --upgrade pip &&
           .venv/bin/python -m pip install --disable-pip-version-check -e '.[test]'; } \
        >.venv/pip.log 2>&1; then
      tail -n 30 .venv/pip.log >&2
      echo "pip install failed: see .venv/pip.log" >&2
      return 1
    fi
    touch "$stamp"
  fi
}

biotrack_system_packages "${BIOTRACK_APT_PACKAGES[@]}"
biotrack_venv
