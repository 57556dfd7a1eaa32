# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not run. Honours CHIBO_BUILD_DIR, CHIBO_BUILD_TYPE and CHIBO_CMAKE_ARGS.

CHIBO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CHIBO_BUILD_DIR=${CHIBO_BUILD_DIR:-$CHIBO_ROOT/build}
CHIBO_BUILD_TYPE=${CHIBO_BUILD_TYPE:-RelWithDebInfo}

# Debian 12 packages. The SQL drivers and libqt6opengl6-dev are only Recommends elsewhere, so they
# are listed explicitly (apt runs with --no-install-recommends).
CHIBO_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-charts-dev qt6-tools-dev qt6-l10n-tools
    nlohmann-json3-dev catch2 libsqlite3-dev sqlite3 libxlsxwriter-dev libzip-dev libsodium-dev
    fonts-liberation2
    xvfb xauth fonts-dejavu-core poppler-utils clang-format git
    clang libclang-rt-14-dev  # scripts/test-sanitize and scripts/fuzz-long: sanitizers and libFuzzer
    postgresql
)

chibo_install_missing() {
    local missing=() p
    for p in "${CHIBO_PACKAGES[@]}"; do
        dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed || missing+=("$p")
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    echo "ChiBo: installing missing packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

chibo_build() {
    local args=()
    # shellcheck disable=SC2206 # CHIBO_CMAKE_ARGS is a space-separated list of -D options
    [ -n "${CHIBO_CMAKE_ARGS:-}" ] && args=($CHIBO_CMAKE_ARGS)
    cmake -S "$CHIBO_ROOT" -B "$CHIBO_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$CHIBO_BUILD_TYPE" "${args[@]}"
    cmake --build "$CHIBO_BUILD_DIR" -j"$(nproc)"
}

chibo_runtime_dir() {
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ]; then
        export XDG_RUNTIME_DIR="/tmp/runtime-$(id -u)"
    fi
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
}

# The sanitizers' run-time options for scripts/test-sanitize and scripts/fuzz-long (docs/fuzzing.md): any report
# fails, leaks inside system libraries are suppressed by tests/sanitizers/lsan.supp only.
chibo_sanitizer_options() {
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$CHIBO_ROOT/tests/sanitizers/lsan.supp:print_suppressions=0}
}
