#!/usr/bin/env bash
# Builds and checks Pith against a newer libxml2 than the machine's (Debian 12: 2.9.14), from
# Debian's newest libxml2 SOURCE package (sid: 2.15.x, soname libxml2.so.16), without touching
# the machine's apt sources, its libxml2 or this working tree:
#   1. apt-get with a private configuration (its own sources.list, lists and cache in a temporary
#      folder) fetches the source package; it is built with autotools into a prefix inside the
#      scratch path (no python, no ICU, no zlib, no lzma; static libraries off).
#   2. Pith is built against it (release) in its own scratch path, linked with an rpath to the
#      prefix; `ldd` must show the prefix's libxml2 and no other.
#   3. `swift test` runs against it (same scratch path), with PITH_LIBXML2_CFLAGS set.
#   4. pith-eval runs over the eval sets with that build and with a normal release build against
#      the system libxml2; per-set F1, the difference, and every page whose output differs. Both
#      `pith` builds also run over Fixtures/seed/*.html.
#   5. The fallback re-parse (a page read again without parse tokens, ParseTokens.Mismatch) is
#      counted per set under each build, from the `pith-trace: fallback` lines that PITH_TRACE=1
#      prints (Pith.swift).
#   6. A summary block. Exits non-zero when a check fails (tests, F1 beyond ±0.002).
#
# Usage, from the repository root: bash scripts/libxml2-newer.sh
# Environment: EVAL_DIR (default ../shared/eval), SCRATCH (default .build-libxml2-newer),
#   JOBS (default 2), LIBXML2_SOURCE (default libxml2; e.g. libxml2=2.15.4+dfsg-1 to pin),
#   SUITE (default sid), REBUILD_LIBXML2=1 (rebuild the prefix even when present),
#   SKIP_TESTS=1, SKIP_EVAL=1.
# Needs: root or sudo only if a build tool is missing (then installed with apt-get install).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
EVAL_DIR=${EVAL_DIR:-$ROOT/../shared/eval}
SCRATCH=${SCRATCH:-.build-libxml2-newer}
JOBS=${JOBS:-2}
LIBXML2_SOURCE=${LIBXML2_SOURCE:-libxml2}
SUITE=${SUITE:-sid}
TOL=0.002

case "$SCRATCH" in /*) ;; *) SCRATCH="$ROOT/$SCRATCH" ;; esac
PREFIX="$SCRATCH/libxml2-prefix"
REPORT="$SCRATCH/report"
START=$SECONDS
WORK=$(mktemp -d /tmp/libxml2-newer.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

say() { printf '\n== %s (%ds)\n' "$*" $((SECONDS - START)); }
die() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

# ---------------------------------------------------------------------------------------------
# 0. Tools. configure + make + a C compiler build libxml2 (the tarball ships a generated
#    configure, so autoconf/automake/libtool are not needed); dpkg-source (dpkg-dev) unpacks.
missing=()
command -v make >/dev/null || missing+=(make)
command -v cc >/dev/null || missing+=(gcc)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v xz >/dev/null || missing+=(xz-utils)
command -v dpkg-source >/dev/null || missing+=(dpkg-dev)
command -v python3 >/dev/null || missing+=(python3)
[ -r /usr/share/keyrings/debian-archive-keyring.gpg ] || missing+=(debian-archive-keyring)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
INSTALLED="nothing"
if [ ${#missing[@]} -gt 0 ]; then
    say "installing build tools from the machine's own apt sources: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
    INSTALLED="${missing[*]}"
fi
[ -d "$EVAL_DIR" ] || die "no eval sets at $EVAL_DIR (set EVAL_DIR)"
EVAL_DIR=$(cd "$EVAL_DIR" && pwd)
SYSTEM_LIBXML2=$(pkg-config --modversion libxml-2.0)

# ---------------------------------------------------------------------------------------------
# 1. libxml2 from Debian's source package, with a private apt configuration.
mkdir -p "$SCRATCH"
if [ -z "${REBUILD_LIBXML2:-}" ] && [ -f "$PREFIX/lib/pkgconfig/libxml-2.0.pc" ]; then
    say "libxml2 prefix present: $PREFIX (REBUILD_LIBXML2=1 rebuilds it)"
else
    say "fetching the libxml2 source package from Debian $SUITE (private apt configuration in $WORK/apt)"
    A="$WORK/apt"
    mkdir -p "$A/lists/partial" "$A/cache/archives/partial" "$WORK/src"
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $SUITE main" \
        > "$A/sources.list"
    APT=(apt-get -q -o "Dir::Etc::SourceList=$A/sources.list" -o Dir::Etc::SourceParts=/dev/null
         -o "Dir::State::Lists=$A/lists" -o "Dir::Cache=$A/cache" -o Debug::NoLocking=1)
    [ "$(id -u)" -eq 0 ] && APT+=(-o APT::Sandbox::User=root)
    "${APT[@]}" update >"$WORK/apt-update.log" 2>&1 || { cat "$WORK/apt-update.log"; die "apt-get update (private sources) failed"; }
    (cd "$WORK/src" && "${APT[@]}" source --download-only "$LIBXML2_SOURCE") >"$WORK/apt-source.log" 2>&1 \
        || { cat "$WORK/apt-source.log"; die "apt-get source $LIBXML2_SOURCE failed"; }
    DSC=$(ls "$WORK"/src/libxml2_*.dsc | head -n1)
    echo "fetched: $(cd "$WORK/src" && ls)"
    say "unpacking $(basename "$DSC")"
    dpkg-source -x "$DSC" "$WORK/src/libxml2" >/dev/null
    cd "$WORK/src/libxml2"
    [ -x configure ] || die "the source has no generated configure script (this script builds with autotools)"
    CONF=(--prefix="$PREFIX" --disable-static --without-python --without-icu --without-zlib
          --without-readline --without-history)
    grep -q -- '--with-lzma' <<<"$(./configure --help)" && CONF+=(--without-lzma)
    say "building libxml2 $(cat VERSION 2>/dev/null || true) into $PREFIX: configure ${CONF[*]}"
    rm -rf "$PREFIX"
    ./configure -q "${CONF[@]}" >"$WORK/configure.log" 2>&1 || { tail -40 "$WORK/configure.log"; die "libxml2 configure failed"; }
    make -j"$JOBS" >"$WORK/make.log" 2>&1 || { tail -40 "$WORK/make.log"; die "libxml2 make failed"; }
    make install >"$WORK/install.log" 2>&1 || { tail -40 "$WORK/install.log"; die "libxml2 make install failed"; }
    cd "$ROOT"
fi
NEW_VERSION=$(PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" pkg-config --modversion libxml-2.0)
NEW_SO=$(cd "$PREFIX/lib" && ls libxml2.so.[0-9]* | sort | head -n1)   # libxml2.so.16 for 2.14+
echo "libxml2 $NEW_VERSION in $PREFIX/lib ($NEW_SO); system libxml2 $SYSTEM_LIBXML2"

# A private zlib.pc without -L/usr/lib/x86_64-linux-gnu: SwiftPM reads .pc files itself and keeps
# system -L flags, and that -L ahead of the prefix's would link the system libxml2.so.2.
PCDIR="$SCRATCH/pkgconfig-private"
mkdir -p "$PCDIR"
sed -E '/^Libs:/ s/-L[^[:space:]]+[[:space:]]*//g' "$(pkg-config --variable=pcfiledir zlib)/zlib.pc" > "$PCDIR/zlib.pc"
# The same for libdeflate's (its -L/usr/lib holds no libxml2 on Debian, but another system may).
sed -E '/^Libs:/ s/-L[^[:space:]]+[[:space:]]*//g' "$(pkg-config --variable=pcfiledir libdeflate)/libdeflate.pc" > "$PCDIR/libdeflate.pc"
NEW_PKG_CONFIG_PATH="$PCDIR:$PREFIX/lib/pkgconfig"
NEW_CFLAGS=$(PKG_CONFIG_PATH="$NEW_PKG_CONFIG_PATH" pkg-config --cflags libxml-2.0)
RPATH=(-Xlinker -rpath -Xlinker "$PREFIX/lib")

# Is the fallback re-parse observable (fallback-count.patch)?
if grep -q 'pith-trace: fallback' Sources/Pith/Pith.swift; then COUNTABLE=1; else COUNTABLE=0; fi

# ---------------------------------------------------------------------------------------------
# 2. Pith against the new libxml2 (release), checked with ldd.
check_links() { # binary
    local out
    out=$(ldd "$1")
    echo "$out" | grep -E 'libxml2|libz\.' | sed 's/^/    /'
    grep -qE "libxml2\.so\.[0-9]+ => $PREFIX/lib/" <<<"$out" \
        || die "$1 does not load libxml2 from $PREFIX/lib"
    if grep -E 'libxml2\.so' <<<"$out" | grep -v "$PREFIX/lib/" >/dev/null; then
        die "$1 also loads a libxml2 from outside $PREFIX/lib"
    fi
}
say "swift build -c release against libxml2 $NEW_VERSION (scratch path $SCRATCH)"
PKG_CONFIG_PATH="$NEW_PKG_CONFIG_PATH" swift build -c release -j "$JOBS" --scratch-path "$SCRATCH" "${RPATH[@]}" \
    >"$SCRATCH/build-release.log" 2>&1 || { tail -40 "$SCRATCH/build-release.log"; die "release build against libxml2 $NEW_VERSION failed"; }
NEW_BIN="$SCRATCH/release"
for b in pith pith-eval; do echo "ldd $b:"; check_links "$NEW_BIN/$b"; done

say "swift build -c release against the system libxml2 $SYSTEM_LIBXML2 (default scratch path .build)"
env -u PKG_CONFIG_PATH swift build -c release -j "$JOBS" >"$SCRATCH/build-release-system.log" 2>&1 \
    || { tail -40 "$SCRATCH/build-release-system.log"; die "release build against the system libxml2 failed"; }
OLD_BIN="$ROOT/.build/release"
grep -q 'libxml2\.so\.2 => /' <<<"$(ldd "$OLD_BIN/pith")" || die "$OLD_BIN/pith does not load the system libxml2.so.2"

# ---------------------------------------------------------------------------------------------
# 3. swift test against the new libxml2.
TESTS="skipped"
TEST_OK=1
if [ -z "${SKIP_TESTS:-}" ]; then
    say "swift test against libxml2 $NEW_VERSION (PITH_LIBXML2_CFLAGS=$NEW_CFLAGS)"
    set +e
    PKG_CONFIG_PATH="$NEW_PKG_CONFIG_PATH" PITH_LIBXML2_CFLAGS="$NEW_CFLAGS" \
        swift test -j "$JOBS" --scratch-path "$SCRATCH" "${RPATH[@]}" >"$SCRATCH/test.log" 2>&1
    rc=$?
    set -e
    TEST_BUNDLE=$(ls -d "$SCRATCH"/debug/*.xctest 2>/dev/null | head -n1)
    if [ -n "$TEST_BUNDLE" ]; then echo "ldd $(basename "$TEST_BUNDLE"):"; check_links "$TEST_BUNDLE"; fi
    grep -E '^(✘|.*error:|Test Case .* failed|.*recorded an issue)' "$SCRATCH/test.log" | head -60 || true
    # XCTest's and Swift Testing's closing lines.
    xct=$(grep -E 'Executed [0-9]+ tests?, with [0-9]+ failures?' "$SCRATCH/test.log" | tail -n1 || true)
    swt=$(grep -E 'Test run with [0-9]+ tests?' "$SCRATCH/test.log" | tail -n1 || true)
    [ -n "$xct" ] && echo "XCTest: $xct"
    [ -n "$swt" ] && echo "Swift Testing: $swt"
    xp=$(echo "$xct" | sed -nE 's/.*Executed ([0-9]+) tests?, with ([0-9]+) failures?.*/\1 \2/p')
    sp=$(echo "$swt" | sed -nE 's/.*Test run with ([0-9]+) tests?.*/\1/p')
    sf=$(echo "$swt" | sed -nE 's/.* with ([0-9]+) issues?.*/\1/p')
    xt=${xp%% *}; xf=${xp##* }
    TESTS="XCTest ${xt:-?} run, ${xf:-?} failed; Swift Testing ${sp:-?} run, $( [ -n "$sf" ] && echo "$sf issues" || { grep -q passed <<<"$swt" && echo "all passed" || echo "see log"; })"
    if [ $rc -ne 0 ]; then TEST_OK=0; TESTS="FAILED (exit $rc): $TESTS"; else TESTS="passed: $TESTS"; fi
    FAILED_TESTS=$(grep -E '^✘ Test .* failed after' "$SCRATCH/test.log" | grep -v '^✘ Test run with' | sed -E 's/^✘ Test ([^ (]+).*/\1/' | sort -u | tr '\n' ' ' || true)
    [ -n "$FAILED_TESTS" ] && TESTS+=$'\n                    failed: '"$FAILED_TESTS"
    echo "swift test: $TESTS (log: $SCRATCH/test.log)"
fi

# ---------------------------------------------------------------------------------------------
# 4. pith-eval with both builds, and both pith builds over the seed fixtures.
F1_OK=1
rm -rf "$REPORT"; mkdir -p "$REPORT"
if [ -z "${SKIP_EVAL:-}" ]; then
    say "pith-eval, libxml2 $SYSTEM_LIBXML2 (system)"
    PITH_TRACE=1 "$OLD_BIN/pith-eval" "$EVAL_DIR" --no-title -j "$JOBS" --out "$REPORT/old" --save "$REPORT/old.json" \
        2>"$REPORT/old.trace" | tee "$REPORT/old.table"
    say "pith-eval, libxml2 $NEW_VERSION"
    PITH_TRACE=1 "$NEW_BIN/pith-eval" "$EVAL_DIR" --no-title -j "$JOBS" --out "$REPORT/new" --save "$REPORT/new.json" \
        --baseline "$REPORT/old.json" --changes 0 2>"$REPORT/new.trace" | tee "$REPORT/new.table"

    say "per-set F1, $SYSTEM_LIBXML2 -> $NEW_VERSION (tolerance $TOL)"
    python3 - "$REPORT/old.json" "$REPORT/new.json" "$TOL" >"$REPORT/f1.txt" <<'EOF' || F1_OK=0
import json, sys
old = {s["name"]: s for s in json.load(open(sys.argv[1]))["sets"]}
new = {s["name"]: s for s in json.load(open(sys.argv[2]))["sets"]}
tol, bad = float(sys.argv[3]), 0
print(f"{'set':<13} {'pages':>5}  {'F1 old':>7}  {'F1 new':>7}  {'diff':>8}  pages whose F1 moved >0.0005")
for name in sorted(old):
    o, n = old[name], new.get(name)
    if n is None:
        print(f"{name:<13} missing from the new run"); bad += 1; continue
    d = n["overall"]["f1"] - o["overall"]["f1"]
    moved = sum(1 for k, v in n["pageF1"].items() if abs(v - o["pageF1"].get(k, v)) > 0.0005)
    flag = "" if abs(d) <= tol else "  <-- beyond tolerance"
    bad += flag != ""
    print(f"{name:<13} {o['overall']['pages']:>5}  {o['overall']['f1']:.4f}  {n['overall']['f1']:.4f}  {d:+.5f}  {moved}{flag}")
sys.exit(1 if bad else 0)
EOF
    cat "$REPORT/f1.txt"

    say "pages whose text output differs (diff -rq over the two --out trees)"
    (cd "$REPORT" && diff -rq old new || true) | sed -E 's#^Files old/([^ ]+) and new/[^ ]+ differ$#\1#; s#^Only in (old|new)/([^:]+): (.*)$#\2/\3 (only in \1)#' \
        | sort > "$REPORT/differ.txt"
    cat "$REPORT/differ.txt"
    echo "per set:"
    : > "$REPORT/differ-counts.txt"
    for s in $(cd "$REPORT/old" && ls); do
        printf '  %-12s %4d of %d\n' "$s" "$(grep -c "^$s/" "$REPORT/differ.txt" || true)" "$(ls "$REPORT/old/$s" | wc -l)" \
            | tee -a "$REPORT/differ-counts.txt"
    done
fi

say "pith over Fixtures/seed/*.html, both builds"
SEED_DIFF=0
mkdir -p "$REPORT/seed"
for f in Fixtures/seed/*.html; do
    n=$(basename "$f" .html)
    "$OLD_BIN/pith" "$f" >"$REPORT/seed/$n.old.txt" 2>&1 || true
    "$NEW_BIN/pith" "$f" >"$REPORT/seed/$n.new.txt" 2>&1 || true
    if cmp -s "$REPORT/seed/$n.old.txt" "$REPORT/seed/$n.new.txt"; then
        echo "  same       $f ($(wc -c <"$REPORT/seed/$n.new.txt") bytes)"
    else
        SEED_DIFF=$((SEED_DIFF + 1)); echo "  DIFFERENT  $f"
        diff "$REPORT/seed/$n.old.txt" "$REPORT/seed/$n.new.txt" | head -20 | sed 's/^/    /'
    fi
done

# ---------------------------------------------------------------------------------------------
# 5. Fallback re-parses, per set, from PITH_TRACE=1 lines of `pith` over every eval page.
FALLBACK_OLD="not countable (Sources/Pith/Pith.swift lacks the PITH_TRACE fallback line: fallback-count.patch)"
FALLBACK_NEW=$FALLBACK_OLD
if [ $COUNTABLE -eq 1 ] && [ -z "${SKIP_EVAL:-}" ]; then
    say "fallback re-parses (pith -r over each set's pages with PITH_TRACE=1)"
    count_fallbacks() { # bin label
        local total=0 line="" s c
        for d in "$EVAL_DIR"/*/pages; do
            s=$(basename "$(dirname "$d")")
            PITH_TRACE=1 "$1/pith" -r "$d" -o "$REPORT/cli-$2/$s/" -q -j "$JOBS" 2>"$REPORT/cli-$2-$s.trace" >/dev/null || true
            c=$(grep -c '^pith-trace: fallback' "$REPORT/cli-$2-$s.trace" || true)
            total=$((total + c)); line+="$s $c, "
        done
        echo "$total (${line%, })"
    }
    FALLBACK_OLD=$(count_fallbacks "$OLD_BIN" old)
    FALLBACK_NEW=$(count_fallbacks "$NEW_BIN" new)
    echo "libxml2 $SYSTEM_LIBXML2: $FALLBACK_OLD"
    echo "libxml2 $NEW_VERSION: $FALLBACK_NEW"
    echo "the same in the pith-eval runs, by page (the trace names the page's URL; ID.json maps it back):"
    python3 - "$EVAL_DIR" "$REPORT/old.trace" "$REPORT/new.trace" "$SYSTEM_LIBXML2" "$NEW_VERSION" <<'EOF'
import glob, json, os, sys
urls = {}
for j in glob.glob(os.path.join(sys.argv[1], '*', 'pages', '*.json')):
    try:
        u = json.load(open(j, encoding='utf-8')).get('url')
    except Exception:
        continue
    if u:
        urls.setdefault(u, []).append(os.path.basename(os.path.dirname(os.path.dirname(j))) + '/' + os.path.basename(j)[:-5])
for label, trace in ((sys.argv[4], sys.argv[2]), (sys.argv[5], sys.argv[3])):
    pages = []
    for line in open(trace, encoding='utf-8', errors='replace'):
        if line.startswith('pith-trace: fallback'):
            u = line.rstrip('\n').split(': ', 2)[-1]
            pages += urls.get(u, ['(url ' + u + ')'])
    print(f"  {label}: {len(pages)}  {' '.join(sorted(pages))}")
EOF
    CLI_DIFF=$(cd "$REPORT" && diff -rq cli-old cli-new | wc -l || true)
    echo "pith (CLI, titles included) outputs that differ over the eval pages: $CLI_DIFF"
fi

# ---------------------------------------------------------------------------------------------
# 6. Summary.
f1_lines() { [ -f "$REPORT/f1.txt" ] && sed 's/^/  /' "$REPORT/f1.txt" || echo "  (eval skipped)"; }
cat <<EOF

==================== libxml2-newer summary ====================
libxml2 used:       $NEW_VERSION ($NEW_SO from $PREFIX/lib), source package $LIBXML2_SOURCE from Debian $SUITE
baseline:           system libxml2 $SYSTEM_LIBXML2
build tools added:  $INSTALLED
tests (new):        $TESTS
per-set F1 (old = $SYSTEM_LIBXML2, new = $NEW_VERSION):
$(f1_lines)
differing outputs:  $( [ -f "$REPORT/differ.txt" ] && echo "$(wc -l <"$REPORT/differ.txt") pages" || echo "(eval skipped)")
$( [ -f "$REPORT/differ-counts.txt" ] && cat "$REPORT/differ-counts.txt")
seed fixtures:      $SEED_DIFF of $(ls Fixtures/seed/*.html | wc -l) differ (pith, both builds)
pith CLI over eval: ${CLI_DIFF:-?} outputs differ (titles included)
fallback re-parses: $SYSTEM_LIBXML2: $FALLBACK_OLD
                    $NEW_VERSION: $FALLBACK_NEW
F1 within ±$TOL:    $( [ $F1_OK -eq 1 ] && echo yes || echo NO)
elapsed:            $((SECONDS - START)) s; outputs in $REPORT
================================================================
EOF
[ $TEST_OK -eq 1 ] && [ $F1_OK -eq 1 ] || exit 1
