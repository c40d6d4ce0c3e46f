#!/usr/bin/env bash
# Runs the fuzz targets, each for SECONDS, one after the other:
#
#   bash fuzz/run.sh SECONDS [TARGET...]      (default: every target)
#
# The committed seeds in fuzz/corpus/<target>/ are only read; what a run
# finds goes into fuzz/corpus-run/<target>/ (git-ignored, kept between runs).
# A crash is named (its input is in fuzz/artifacts/<target>/) and makes the
# exit status non-zero; the other targets still run.
# FUZZ_SANITIZER=none runs without AddressSanitizer (faster, catches less).
set -euo pipefail
cd "$(dirname "$0")"

usage="usage: bash fuzz/run.sh SECONDS [TARGET...]"
seconds=${1:?$usage}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "$usage" >&2; exit 2; }
shift

# cargo-fuzz passes -Z flags to rustc; the stable toolchain takes them with this.
export RUSTC_BOOTSTRAP=1
sanitizer=${FUZZ_SANITIZER:-address}

if [ $# -gt 0 ]; then
    targets=("$@")
else
    # Every fuzz target; `seeds` only writes the seed corpus.
    mapfile -t targets < <(cargo fuzz list | grep -vx seeds)
fi

# One build of every target first, so the timings below are fuzzing only.
for t in "${targets[@]}"; do
    cargo fuzz build --sanitizer "$sanitizer" "$t"
done

summary=()
status=0
for t in "${targets[@]}"; do
    [ -d "corpus/$t" ] || { echo "no seeds in fuzz/corpus/$t" >&2; exit 2; }
    mkdir -p "corpus-run/$t"
    log=$(mktemp)
    start=$(date +%s)
    echo "== $t: ${seconds}s"
    set +e
    cargo fuzz run --sanitizer "$sanitizer" "$t" "corpus-run/$t" "corpus/$t" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 \
        2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e
    took=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ "$rc" -eq 0 ]; then
        result="ok"
    else
        status=1
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        # libFuzzer names it relative to fuzz/ or absolute.
        [[ -z $artifact || $artifact == /* ]] || artifact="fuzz/${artifact#./}"
        result="CRASH ${artifact:-(no artifact; exit $rc)}"
        echo "!! $t crashed; input: ${artifact:-none written}" >&2
        echo "   reproduce: RUSTC_BOOTSTRAP=1 cargo fuzz run $t $artifact" >&2
        echo "   minimise:  RUSTC_BOOTSTRAP=1 cargo fuzz tmin $t $artifact" >&2
    fi
    summary+=("$(printf '%-12s %6ss %12s execs  %s' "$t" "$took" "${execs:-?}" "$result")")
    rm -f "$log"
done

echo
echo "== fuzz summary (${seconds}s per target, sanitizer: $sanitizer)"
printf '%s\n' "${summary[@]}"
exit "$status"
