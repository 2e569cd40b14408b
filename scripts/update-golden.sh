#!/usr/bin/env bash
# update-golden.sh - regenerate the golden reports the end-to-end tests compare against, from the
# debug build. Review `git diff Tests/skillgapTests/Golden` before committing: every change must
# be one the commit explains.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
bin=.build/debug/skillgap
golden=Tests/skillgapTests/Golden
for pair in text:txt markdown:md html:html json:json; do
    "$bin" analyse Samples/ml-engineer-two-column.pdf --format "${pair%%:*}" --as-of 2026-11 \
        >"$golden/ml-engineer-two-column.${pair##*:}"
done
"$bin" analyse Samples/ml-engineer.txt --format json --as-of 2026-11 >"$golden/ml-engineer.analysis.json"
"$bin" analyse Samples/data-analyst.txt --as-of 2026-11 >"$golden/data-analyst.analysis.txt"
"$bin" analyse Samples/data-analyst.txt --skills --as-of 2026-11 >"$golden/data-analyst.skills.txt"
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
for name in data-analyst.txt data-engineer.txt student.txt career-changer.txt; do
    cp "Samples/$name" "$folder/"
done
: >"$folder/empty.txt"
printf x >"$folder/photo.jpg"
# With -o the rows are ranked; on standard output JSONL rows come as files finish.
for pair in table:txt csv:csv jsonl:jsonl json:json; do
    "$bin" batch "$folder" --format "${pair%%:*}" --as-of 2026-11 --jobs 2 \
        -o "$golden/batch.${pair##*:}" || true
done
