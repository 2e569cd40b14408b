#!/usr/bin/env bash
# fuzz.sh - mutates the sample resumes and runs the built skillgap on them, counting crashes
# (signals), hangs, non-JSON output on success and multi-line or missing errors on failure.
# Not run in CI; see "Reliability" in README.md for the last figures.
#
#   scripts/fuzz.sh [-n CASES] [-s SEED] [-j PARALLEL] [-t SECONDS] [-b BINARY] [-k KEEP_DIR]
#
# About one case in eight is a batch of three mutated files (`skillgap batch --format jsonl`);
# the rest are `skillgap analyse --format json` of one file. DOCX are mutated inside their XML
# as well as byte by byte. Failing inputs are kept in KEEP_DIR (default: a temporary folder,
# printed at the end) with the command that failed.
set -euo pipefail
cd "$(dirname "$0")/.."

cases=1000
seed=1
parallel=2
limit=20
binary=""
keep=""
while getopts "n:s:j:t:b:k:" option; do
    case $option in
    n) cases=$OPTARG ;;
    s) seed=$OPTARG ;;
    j) parallel=$OPTARG ;;
    t) limit=$OPTARG ;;
    b) binary=$OPTARG ;;
    k) keep=$OPTARG ;;
    *) sed -n 2,11p "$0" >&2; exit 64 ;;
    esac
done
if [ -z "$binary" ]; then
    binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/skillgap"
fi
[ -x "$binary" ] || { echo "fuzz.sh: $binary is not built; run make release" >&2; exit 1; }
[ -n "$keep" ] || keep=$(mktemp -d /tmp/skillgap-fuzz.XXXXXX)
mkdir -p "$keep"

exec python3 - "$binary" "$cases" "$seed" "$parallel" "$limit" "$keep" <<'PYTHON'
import concurrent.futures, io, json, os, random, shutil, subprocess, sys, tempfile, zipfile

binary, cases, seed, parallel, limit, keep = sys.argv[1], *map(int, sys.argv[2:6]), sys.argv[6]
samples = sorted(
    os.path.join(root, name)
    for root, _, names in os.walk("Samples")
    for name in names
    if name.rsplit(".", 1)[-1] in ("pdf", "docx", "txt", "md", "html", "json")
)
originals = {path: open(path, "rb").read() for path in samples}

def mutate_bytes(data, rng):
    data = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 4, 16])):
        kind = rng.randrange(7)
        at = rng.randrange(max(len(data), 1))
        if kind == 0 and data:
            data[at] = rng.randrange(256)
        elif kind == 1:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        elif kind == 2:
            del data[at:at + rng.randrange(1, 256)]
        elif kind == 3:
            del data[at:]
        elif kind == 4 and data:
            chunk = data[at:at + rng.randrange(1, 4096)]
            data[at:at] = chunk * rng.randrange(1, 64)
        elif kind == 5:
            data[at:at] = rng.choice(
                [b"\xf4", b"\xff\xfe", b"\x00", b"\xc0\x80", b"<", b"&#0;", b"]]>", b"\xef\xbb\xbf",
                 b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>", b"&e;", b"{", b"[" * 64])
        elif kind == 6 and data:
            data[at] ^= 1 << rng.randrange(8)
    return bytes(data)

def mutate_docx(data, rng):
    """Mutates one XML part inside the zip, so the XML parser sees the damage, not the unzipper."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
        names = source.namelist()
        target = rng.choice([n for n in names if n.endswith(".xml")] or names)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in names:
                part = source.read(name)
                if name == target or (name == "word/document.xml" and rng.random() < 0.5):
                    part = mutate_bytes(part, rng)
                archive.writestr(name, part)
        return out.getvalue()
    except Exception:
        return mutate_bytes(data, rng)

def mutated(rng):
    path = rng.choice(samples)
    data = originals[path]
    if path.endswith(".docx") and rng.random() < 0.8:
        data = mutate_docx(data, rng)
    else:
        data = mutate_bytes(data, rng)
    return os.path.basename(path), data

def one_line_error(stderr):
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines()
             if not l.startswith("skillgap: warning:")]
    return len(lines) == 1 and lines[0].startswith("skillgap: error: ")

def run(command):
    try:
        done = subprocess.run(command, capture_output=True, timeout=limit)
        return done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired:
        return None, b"", b""

def case(number):
    rng = random.Random(seed * 1_000_003 + number)
    folder = tempfile.mkdtemp(prefix="skillgap-fuzz-case-")
    try:
        batch = rng.random() < 0.125
        names = []
        for index in range(3 if batch else 1):
            name, data = mutated(rng)
            name = f"{index}-{name}"
            with open(os.path.join(folder, name), "wb") as file:
                file.write(data)
            names.append(name)
        if batch:
            command = [binary, "batch", folder, "--format", "jsonl", "--timeout", str(limit // 2)]
        else:
            command = [binary, "analyse", os.path.join(folder, names[0]), "--format", "json"]
        status, out, err = run(command)
        problem = None
        if status is None:
            problem = "hang"
        elif status < 0:
            problem = "crash"
        elif batch:
            try:
                rows = [json.loads(line) for line in out.decode("utf-8").splitlines()]
                files = sorted(row["file"] for row in rows)
                if status not in (0, 1) or files != sorted(names):
                    problem = "bad-batch"
                elif any(row.get("status") == "error"
                         and ("\n" in row.get("error", "") or not row.get("error"))
                         for row in rows):
                    problem = "bad-error"
            except (ValueError, KeyError, UnicodeDecodeError):
                problem = "non-json"
        elif status == 0:
            try:
                json.loads(out.decode("utf-8"))
            except (ValueError, UnicodeDecodeError):
                problem = "non-json"
        elif not one_line_error(err):
            problem = "bad-error"
        if problem:
            kept = os.path.join(keep, f"{problem}-{number}")
            shutil.copytree(folder, kept)
            with open(os.path.join(kept, "COMMAND"), "w") as file:
                file.write(" ".join(command) + f"\nstatus {status}\n")
            with open(os.path.join(kept, "STDERR"), "wb") as file:
                file.write(err)
        return "batch" if batch else "analyse", problem
    finally:
        shutil.rmtree(folder, ignore_errors=True)

counts = {"analyse": 0, "batch": 0}
problems = {"crash": 0, "hang": 0, "non-json": 0, "bad-error": 0, "bad-batch": 0}
with concurrent.futures.ThreadPoolExecutor(parallel) as pool:
    for done, (kind, problem) in enumerate(pool.map(case, range(cases)), 1):
        counts[kind] += 1
        if problem:
            problems[problem] += 1
        if done % 500 == 0:
            print(f"{done}/{cases} cases, problems so far: {problems}", file=sys.stderr, flush=True)
print(f"cases: {cases} ({counts['analyse']} analyse, {counts['batch']} batch of 3 files), seed {seed}")
for name, count in problems.items():
    print(f"{name}: {count}")
print(f"failing inputs: {keep}")
sys.exit(1 if any(problems.values()) else 0)
PYTHON
