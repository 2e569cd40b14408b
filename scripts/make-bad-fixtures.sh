#!/usr/bin/env bash
# make-bad-fixtures.sh - regenerate the broken inputs the reader tests use, from the repository root.
#
# Writes Tests/ResumeReadingTests/Fixtures/:
#   encrypted.pdf   Samples/student.pdf with a user password (needs qpdf, Debian package qpdf)
#   scanned.pdf     a valid one-page PDF that draws shapes and has no text layer (plain python3)
#   truncated.pdf   the first 1,500 bytes of Samples/student.pdf
# The other bad inputs (empty, image, zip that is not a DOCX, binary, invalid JSON) are made by the
# tests themselves in a temporary folder.
set -euo pipefail
out=Tests/ResumeReadingTests/Fixtures
mkdir -p "$out"
command -v qpdf >/dev/null || { echo "make-bad-fixtures: qpdf is missing (apt-get install qpdf)" >&2; exit 1; }
qpdf --encrypt secret owner-secret 256 -- Samples/student.pdf "$out/encrypted.pdf"
head -c 1500 Samples/student.pdf > "$out/truncated.pdf"
python3 - "$out/scanned.pdf" <<'PY'
import sys
content = b"0.9 g 72 600 300 120 re f 0 g 72 560 m 400 560 l S"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
]
pdf = bytearray(b"%PDF-1.4\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    pdf += b"%010d 00000 n \n" % offset
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(pdf)
PY
echo "make-bad-fixtures: wrote $out"
