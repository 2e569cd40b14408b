#!/usr/bin/env bash
# bench.sh - SkillGap's benchmark (`make bench`): speed and memory, on this machine, with public
# tools only. Replicates the samples to over a thousand files in each of three sets (every text
# sample; the text samples of about 600 words, for the goal stated at that length; the PDFs), then
#   1. times lexicon loading, reading and extraction in one process pinned to one core
#      (skillgap-bench);
#   2. times `skillgap read` against poppler's own `pdftotext` over the same PDFs, one file at a
#      time, and reports the ratio (both pay one process start per file);
#   3. times the largest text accepted and hostile inputs the limits refuse, made here;
#   4. reports the peak memory of one `skillgap analyse` of a PDF (GNU time, if installed).
# Figures vary with the machine; compare ratios, not absolute times.
set -euo pipefail
cd "$(dirname "$0")/.."

copies=${BENCH_COPIES:-170}
# The text samples of 580 words or more (by wc -w) make the 600-word set.
long=()
for f in Samples/*.txt; do
    [ "$(wc -w <"$f")" -ge 580 ] && long+=("$f")
done
swift build -c release --static-swift-stdlib >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/text" "$work/text-600" "$work/pdf"
texts=(Samples/*.txt)
for i in $(seq 1 "$copies"); do
    for f in Samples/*.pdf; do cp "$f" "$work/pdf/$(basename "$f" .pdf)-$i.pdf"; done
done
# As many copies of each text as make a thousand files or more in each text set.
for i in $(seq 1 $(((1000 + ${#texts[@]} - 1) / ${#texts[@]}))); do
    for f in "${texts[@]}"; do cp "$f" "$work/text/$(basename "$f" .txt)-$i.txt"; done
done
for i in $(seq 1 $(((1000 + ${#long[@]} - 1) / ${#long[@]}))); do
    for f in "${long[@]}"; do cp "$f" "$work/text-600/$(basename "$f" .txt)-$i.txt"; done
done

seconds() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); awk -v a="$start" -v b="$end" "BEGIN { print b - a }"; }

echo "## In process, on one core (skillgap-bench)"
# The goals are for one core: pin the process to one when taskset (util-linux) is there.
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
"${pin[@]}" "$bin/skillgap-bench" Lexicons "text=$work/text" "text-600=$work/text-600" "pdf=$work/pdf"

echo
echo "## skillgap read against pdftotext, $(ls "$work/pdf" | wc -l) PDFs, one at a time"
if command -v pdftotext >/dev/null 2>&1; then
    :
    ours() { for f in "$work"/pdf/*.pdf; do "$bin/skillgap" read "$f" >/dev/null; done; }
    theirs() { for f in "$work"/pdf/*.pdf; do pdftotext -q "$f" - >/dev/null; done; }
    a=$(seconds ours); b=$(seconds theirs)
    printf '| skillgap read | %.2f s |\n| pdftotext | %.2f s |\n| ratio | %.2f |\n' "$a" "$b" "$(awk -v a="$a" -v b="$b" "BEGIN { print a / b }")"
else
    echo "pdftotext is not installed (apt-get install poppler-utils); skipped"
fi

echo
jobs=$(nproc)
echo "## skillgap batch against pdftotext, same parallelism ($jobs), $(ls "$work/pdf" | wc -l) PDFs"
if command -v pdftotext >/dev/null 2>&1; then
    batch() { "$bin/skillgap" batch "$work/pdf" --jobs "$jobs" --format jsonl >/dev/null; }
    reference() { ls "$work"/pdf/*.pdf | xargs -P "$jobs" -I{} pdftotext -q {} /dev/null; }
    a=$(seconds batch); b=$(seconds reference)
    printf '| skillgap batch (read, extract, rank every role family) | %.2f s |\n| pdftotext, xargs -P %d | %.2f s |\n| ratio | %.2f |\n' "$a" "$jobs" "$b" "$(awk -v a="$a" -v b="$b" "BEGIN { print a / b }")"
else
    echo "pdftotext is not installed (apt-get install poppler-utils); skipped"
fi

echo
echo "## Large and hostile inputs, made here (one run each: seconds and peak memory)"
# The largest text accepted (the 600-word samples repeated to just under the 2 MB text limit) and
# inputs the limits refuse. A refusal should take milliseconds; the largest text, a second or so.
mkdir -p "$work/large"
: >"$work/large/largest.txt"
while [ "$(wc -c <"$work/large/largest.txt")" -lt 1900000 ]; do
    cat "${long[@]}" >>"$work/large/largest.txt"
done
head -c 1900000 "$work/large/largest.txt" >"$work/large/largest-cut.txt"
# `yes` ends on SIGPIPE when head has enough: with pipefail that status is not a failure here.
yes 'SKILLS
EXPERIENCE
EDUCATION
PROJECTS' | head -c 1400000 >"$work/large/headings.txt" || true
{
    echo 'EXPERIENCE'
    yes 'Data Engineer, Company
Jan 2020 - Dec 2021
Python and SQL
' | head -c 1900000 || true
} >"$work/large/roles.txt"
head -c 10000000 /dev/zero | tr '\0' ',' >"$work/large/commas.txt"
truncate -s 2G "$work/large/sparse.txt"
large() {
    local label=$1
    shift
    if [ -x /usr/bin/time ]; then
        local out
        # GNU time writes to a file: the command's own stderr (the refusal) is dropped.
        /usr/bin/time -f '%e %M' -o "$work/large/time" "$bin/skillgap" "$@" >/dev/null 2>&1 || true
        out=$(tail -1 "$work/large/time")
        echo "| $label | ${out% *} s | $((${out#* } / 1024)) MB |"
    else
        echo "| $label | $(seconds "$bin/skillgap" "$@" >/dev/null 2>&1) s | |"
    fi
}
echo "| input | time | peak memory |"
echo "|---|---|---|"
large "analyse: 1.9 MB of resume text (the largest accepted)" analyse "$work/large/largest-cut.txt" --as-of 2026-11
large "analyse: 1.4 MB of headings (150,000 sections)" analyse "$work/large/headings.txt" --as-of 2026-11
large "analyse: 1.9 MB of dated roles (about 40,000)" analyse "$work/large/roles.txt" --as-of 2026-11
large "read: 10 MB of commas (refused: text limit)" read "$work/large/commas.txt"
large "read: a 2 GB sparse file, --max-size 3000 (refused: binary)" read "$work/large/sparse.txt" --max-size 3000
rm -f "$work/large/sparse.txt"

echo
echo "## Peak memory"
if [ -x /usr/bin/time ]; then
    for args in "read Samples/ml-engineer-two-column.pdf" "analyse Samples/ml-engineer-two-column.pdf"; do
        kb=$( { /usr/bin/time -f '%M' "$bin/skillgap" $args >/dev/null; } 2>&1 | tail -1)
        echo "| skillgap $args | $((kb / 1024)) MB |"
    done
    kb=$( { /usr/bin/time -f '%M' "$bin/skillgap" batch "$work/pdf" --jobs "$jobs" --format jsonl >/dev/null; } 2>&1 | tail -1)
    echo "| skillgap batch of $(ls "$work/pdf" | wc -l) PDFs, the main process | $((kb / 1024)) MB |"
    kb=$( { echo "\"$PWD/Samples/ml-engineer-two-column.pdf\"" | /usr/bin/time -f '%M' "$bin/skillgap" worker >/dev/null; } 2>&1 | tail -1)
    echo "| one batch worker process (there are --jobs of them) | $((kb / 1024)) MB |"
    if command -v pdftotext >/dev/null 2>&1; then
        kb=$( { /usr/bin/time -f '%M' pdftotext -q Samples/ml-engineer-two-column.pdf - >/dev/null; } 2>&1 | tail -1)
        echo "| pdftotext (reference) | $((kb / 1024)) MB |"
    fi
else
    echo "GNU time is not installed (apt-get install time); skipped"
fi
