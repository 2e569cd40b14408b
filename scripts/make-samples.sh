#!/usr/bin/env bash
# make-samples.sh - regenerate the derived sample resumes in Samples/ from the hand-written .txt files.
#
# Usage (from the repository root):   scripts/make-samples.sh
#
# Inputs (hand-written, never touched by this script):
#   Samples/*.txt                          six fictional resumes
#   Samples/jsonresume/ml-engineer.resume.json
# Outputs (all overwritten on every run, so the script is idempotent):
#   Samples/<name>.pdf                     one PDF per .txt (LibreOffice "Text (encoded)" import)
#   Samples/src/ml-engineer-two-column.fodt  flat ODF source: two-cell table, sidebar left, main column right
#   Samples/ml-engineer-two-column.pdf     the two-column layout (columns sit side by side on the page)
#   Samples/src/data-scientist.html        HTML source: headings, paragraphs, bullet lists, a skills table
#   Samples/data-scientist.docx            converted from that HTML
#   Samples/data-analyst.md                Markdown version of data-analyst.txt
#   Samples/student.html                   HTML version of student.txt with <style>, <script>, a comment
#                                          and entities (&amp; &eacute; &#8211;)
#
# Requirements: bash, awk (POSIX/mawk is enough), perl (core modules only), LibreOffice (`soffice`,
# e.g. Debian package libreoffice-writer-nogui); `zip`/`unzip` are optional (used to normalise the .docx).
#
# Reproducibility: SOURCE_DATE_EPOCH (default 1767225600 = 2026-01-01T00:00:00Z) fixes the PDF
# CreationDate/ModDate, the PDF /ID, the .docx document dates and the .docx zip entry times.
# LibreOffice runs with a throw-away user profile so the caller's settings do not leak in.
# Byte-identical output also needs the same LibreOffice version and fonts (the layouts ask for DejaVu Sans;
# LibreOffice substitutes another font when it is missing). Checked with LibreOffice 7.4 on Debian.
set -euo pipefail

export LC_ALL=C.UTF-8 TZ=UTC
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
S="$ROOT/Samples"
SRC="$S/src"

SOFFICE="${SOFFICE:-soffice}"
if ! command -v "$SOFFICE" >/dev/null 2>&1; then
    echo "make-samples.sh: LibreOffice ('$SOFFICE') not found on PATH." >&2
    echo "  Install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or set SOFFICE=/path/to/soffice." >&2
    exit 1
fi
for tool in awk perl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "make-samples.sh: '$tool' is required but not found." >&2; exit 1; }
done
for f in ml-engineer data-scientist data-analyst data-engineer career-changer student; do
    [[ -f "$S/$f.txt" ]] || { echo "make-samples.sh: missing source $S/$f.txt" >&2; exit 1; }
done

mkdir -p "$SRC"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/make-samples.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# soffice with a private profile; conversion messages go to stderr only on failure.
lo() {
    if ! "$SOFFICE" -env:UserInstallation="file://$WORK/profile" --headless --norestore "$@" >"$WORK/lo.log" 2>&1; then
        cat "$WORK/lo.log" >&2
        echo "make-samples.sh: soffice failed: $*" >&2
        exit 1
    fi
}

# Make a PDF byte-stable: fixed /CreationDate and /ModDate (same length, so xref offsets stay valid)
# and an /ID and LibreOffice /DocChecksum computed from the file content instead of the clock.
stabilise_pdf() {
    perl -e '
        use strict; use Digest::MD5 qw(md5_hex);
        my ($file, $epoch) = @ARGV;
        my @t = gmtime($epoch);
        my $d = sprintf("%04d%02d%02d%02d%02d%02d", $t[5]+1900, $t[4]+1, @t[3,2,1,0]);
        open(my $fh, "<:raw", $file) or die "$file: $!"; local $/; my $pdf = <$fh>; close $fh;
        $pdf =~ s{(/(?:CreationDate|ModDate)\s*\(D:)\d{14}}{$1$d}g;
        $pdf =~ s{(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d}{$1.substr($d,0,4)."-".substr($d,4,2)."-".substr($d,6,2)."T".substr($d,8,2).":".substr($d,10,2).":".substr($d,12,2)}ge;
        (my $zeroed = $pdf) =~ s{(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)}{$1.("0" x length $2).$3.("0" x length $4).$5}ge;
        $zeroed =~ s{(/DocChecksum\s*/)([0-9A-Fa-f]+)}{$1.("0" x length $2)}ge;
        my $id = uc md5_hex($zeroed);
        $pdf =~ s{(/ID\s*\[\s*<)([0-9A-Fa-f]{32})(>\s*<)([0-9A-Fa-f]{32})(>)}{$1$id$3$id$5}g;
        $pdf =~ s{(/DocChecksum\s*/)[0-9A-Fa-f]{32}}{$1$id}g;
        open($fh, ">:raw", $file) or die "$file: $!"; print $fh $pdf; close $fh;
    ' "$1" "$SOURCE_DATE_EPOCH"
}

# Make a .docx stable: fixed dates in docProps/core.xml, fixed entry times, fixed entry order.
stabilise_docx() {
    local docx="$1" dir="$WORK/docx"
    if ! command -v zip >/dev/null 2>&1 || ! command -v unzip >/dev/null 2>&1; then
        echo "make-samples.sh: zip/unzip not found; $docx left as LibreOffice wrote it (not byte-stable)." >&2
        return 0
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    unzip -q "$docx" -d "$dir"
    local iso; iso="$(perl -e '@t=gmtime($ARGV[0]); printf("%04d-%02d-%02dT%02d:%02d:%02dZ",$t[5]+1900,$t[4]+1,@t[3,2,1,0])' "$SOURCE_DATE_EPOCH")"
    if [[ -f "$dir/docProps/core.xml" ]]; then
        perl -pi -e "s{(<dcterms:(?:created|modified)[^>]*>)[^<]*}{\${1}$iso}g" "$dir/docProps/core.xml"
    fi
    if [[ -f "$dir/docProps/app.xml" ]]; then
        perl -pi -e 's{<TotalTime>\d+</TotalTime>}{<TotalTime>0</TotalTime>}g' "$dir/docProps/app.xml"
    fi
    find "$dir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
    rm -f "$docx"
    ( cd "$dir"
      { echo '[Content_Types].xml'; find . -type f ! -name '[Content_Types].xml' | sed 's|^\./||' | LC_ALL=C sort; } \
        | zip -q -X -D "$docx" -@ )
}

# ---------------------------------------------------------------------------------------------
# 1. One PDF per .txt resume.
# ---------------------------------------------------------------------------------------------
txts=()
for f in ml-engineer data-scientist data-analyst data-engineer career-changer student; do
    txts+=("$S/$f.txt")
done
lo --infilter="Text (encoded):UTF8,LF,DejaVu Sans,en-US" --convert-to pdf --outdir "$S" "${txts[@]}"
for t in "${txts[@]}"; do
    stabilise_pdf "${t%.txt}.pdf"
done

# ---------------------------------------------------------------------------------------------
# 2. Two-column ML engineer resume: flat ODF with a one-row, two-cell table.
#    Left (sidebar): contact block, TECHNICAL SKILLS, EDUCATION, CERTIFICATIONS.
#    Right (main):   SUMMARY, EXPERIENCE, PROJECTS.
# ---------------------------------------------------------------------------------------------
awk '
function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
function para(side, style, s) { s = "<text:p text:style-name=\"" style "\">" s "</text:p>\n"; if (side == "L") L = L s; else R = R s }
function labelled(s,   i) { i = index(s, ":"); if (i == 0) return esc(s); return "<text:span text:style-name=\"Strong\">" esc(substr(s, 1, i)) "</text:span>" esc(substr(s, i + 1)) }
BEGIN { header = 1; n = 0 }
/^[[:space:]]*$/ { if (header && n > 0) header = 0; blank = 1; next }
header {
    n++
    if (n == 1) para("L", "Name", esc($0))
    else if (n == 2) para("L", "Role", esc($0))
    else { k = split($0, parts, / \| /); for (i = 1; i <= k; i++) para("L", "Contact", esc(parts[i])) }
    next
}
/^[A-Z][A-Z &]+$/ {
    sec = $0
    side = (sec == "SUMMARY" || sec == "EXPERIENCE" || sec == "PROJECTS") ? "R" : "L"
    para(side, "SectionHeading", esc(sec))
    blank = 1; prev = "heading"; next
}
{
    line = $0
    if (line ~ /^- /) { para(side, "Bullet", "\342\200\242 " esc(substr(line, 3))); prev = "bullet" }
    else if (sec == "EXPERIENCE" && (blank || prev == "heading")) { para(side, "JobTitle", esc(line)); prev = "job" }
    else if (sec == "EXPERIENCE" && prev == "job") { para(side, "Dates", esc(line)); prev = "dates" }
    else if (sec == "TECHNICAL SKILLS" || sec == "PROJECTS") { para(side, "Body", labelled(line)); prev = "body" }
    else { para(side, "Body", esc(line)); prev = "body" }
    blank = 0
}
END {
    print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    print "<!-- Generated by scripts/make-samples.sh from Samples/ml-engineer.txt; edit the .txt, not this file. -->"
    print "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    print "  xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
    print "  xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
    print "  xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    print "  xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
    print "  xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
    print "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
    print "  xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
    print "  office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">"
    print " <office:meta><dc:title>Priya Samplewood - resume (two-column sample, fictional)</dc:title></office:meta>"
    print " <office:font-face-decls>"
    print "  <style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"&apos;DejaVu Sans&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
    print " </office:font-face-decls>"
    print " <office:styles>"
    print "  <style:default-style style:family=\"paragraph\">"
    print "   <style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0.06cm\"/>"
    print "   <style:text-properties style:font-name=\"DejaVu Sans\" fo:font-size=\"9pt\" fo:language=\"en\" fo:country=\"US\"/>"
    print "  </style:default-style>"
    print "  <style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
    print "  <style:style style:name=\"Name\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:text-properties fo:font-size=\"15pt\" fo:font-weight=\"bold\" fo:color=\"#1f3a5f\"/></style:style>"
    print "  <style:style style:name=\"Role\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:margin-bottom=\"0.2cm\"/><style:text-properties fo:font-size=\"11pt\" fo:color=\"#1f3a5f\"/></style:style>"
    print "  <style:style style:name=\"Contact\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:text-properties fo:font-size=\"8.5pt\"/></style:style>"
    print "  <style:style style:name=\"SectionHeading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:margin-top=\"0.35cm\" fo:margin-bottom=\"0.12cm\" fo:border-bottom=\"0.5pt solid #1f3a5f\" fo:padding-bottom=\"0.03cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-size=\"10.5pt\" fo:font-weight=\"bold\" fo:color=\"#1f3a5f\" fo:letter-spacing=\"0.03cm\"/></style:style>"
    print "  <style:style style:name=\"Body\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"/>"
    print "  <style:style style:name=\"Bullet\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:margin-left=\"0.35cm\" fo:text-indent=\"-0.3cm\"/></style:style>"
    print "  <style:style style:name=\"JobTitle\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:margin-top=\"0.18cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>"
    print "  <style:style style:name=\"Dates\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:keep-with-next=\"always\"/><style:text-properties fo:font-style=\"italic\" fo:color=\"#555555\"/></style:style>"
    print "  <style:style style:name=\"Strong\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
    print " </office:styles>"
    print " <office:automatic-styles>"
    print "  <style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"21.59cm\" fo:page-height=\"27.94cm\" style:print-orientation=\"portrait\" fo:margin-top=\"1.3cm\" fo:margin-bottom=\"1.3cm\" fo:margin-left=\"1.3cm\" fo:margin-right=\"1.3cm\"/></style:page-layout>"
    print "  <style:style style:name=\"Resume\" style:family=\"table\"><style:table-properties style:width=\"18.99cm\" table:align=\"margins\" style:may-break-between-rows=\"true\"/></style:style>"
    print "  <style:style style:name=\"Resume.A\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"6.8cm\"/></style:style>"
    print "  <style:style style:name=\"Resume.B\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"12.19cm\"/></style:style>"
    print "  <style:style style:name=\"Resume.1\" style:family=\"table-row\"><style:table-row-properties fo:keep-together=\"auto\"/></style:style>"
    print "  <style:style style:name=\"Resume.A1\" style:family=\"table-cell\"><style:table-cell-properties style:vertical-align=\"top\" fo:background-color=\"#eef2f7\" fo:padding=\"0.3cm\" fo:border=\"none\"/></style:style>"
    print "  <style:style style:name=\"Resume.B1\" style:family=\"table-cell\"><style:table-cell-properties style:vertical-align=\"top\" fo:padding-left=\"0.5cm\" fo:padding-right=\"0.1cm\" fo:padding-top=\"0.1cm\" fo:border=\"none\"/></style:style>"
    print " </office:automatic-styles>"
    print " <office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"/></office:master-styles>"
    print " <office:body>"
    print "  <office:text>"
    print "   <table:table table:name=\"Resume\" table:style-name=\"Resume\">"
    print "    <table:table-column table:style-name=\"Resume.A\"/>"
    print "    <table:table-column table:style-name=\"Resume.B\"/>"
    print "    <table:table-row table:style-name=\"Resume.1\">"
    print "     <table:table-cell table:style-name=\"Resume.A1\" office:value-type=\"string\">"
    printf "%s", L
    print "     </table:table-cell>"
    print "     <table:table-cell table:style-name=\"Resume.B1\" office:value-type=\"string\">"
    printf "%s", R
    print "     </table:table-cell>"
    print "    </table:table-row>"
    print "   </table:table>"
    print "  </office:text>"
    print " </office:body>"
    print "</office:document>"
}
' "$S/ml-engineer.txt" >"$SRC/ml-engineer-two-column.fodt"
lo --convert-to pdf --outdir "$S" "$SRC/ml-engineer-two-column.fodt"
stabilise_pdf "$S/ml-engineer-two-column.pdf"

# ---------------------------------------------------------------------------------------------
# 3. data-scientist.docx from an HTML source (h1/h2/h3, paragraphs, bullet lists, a skills table).
#    Headings in the .txt are Title Case with a trailing colon; the colon is kept in the .docx.
#    An indented line continues the previous bullet; a line-end hyphen is joined ("scikit-" + "learn").
# ---------------------------------------------------------------------------------------------
awk '
function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
function flush() { if (li != "") { out = out "<li>" esc(li) "</li>\n"; li = "" } }
function closeblocks() { flush(); if (inul) { out = out "</ul>\n"; inul = 0 } if (intable) { out = out "</table>\n"; intable = 0 } }
BEGIN { header = 1; n = 0 }
/^[[:space:]]*$/ { if (header && n > 0) header = 0; closeblocks(); blank = 1; next }
header {
    n++
    if (n == 1) out = out "<h1>" esc($0) "</h1>\n"
    else if (n == 2) out = out "<p class=\"role\"><b>" esc($0) "</b></p>\n"
    else out = out "<p class=\"contact\">" esc($0) "</p>\n"
    next
}
/^[A-Z][A-Za-z ]+:$/ { closeblocks(); sec = $0; out = out "<h2>" esc($0) "</h2>\n"; prev = "heading"; blank = 1; next }
/^[[:space:]]+[^[:space:]]/ && li != "" {          # continuation of the previous bullet
    c = $0; sub(/^[[:space:]]+/, "", c)
    if (li ~ /-$/) li = li c; else li = li " " c
    next
}
/^- / {
    if (!inul) { out = out "<ul>\n"; inul = 1 }
    flush(); li = substr($0, 3); prev = "bullet"; blank = 0; next
}
{
    line = $0
    i = index(line, ":")
    if (!(sec == "Technical Skills:" && i > 0)) closeblocks()   # consecutive skill lines share one table
    if (sec == "Technical Skills:" && i > 0) {
        if (!intable) { out = out "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\">\n<tr><th align=\"left\">Area</th><th align=\"left\">Skills</th></tr>\n"; intable = 1 }
        out = out "<tr><td>" esc(substr(line, 1, i - 1)) "</td><td>" esc(substr(line, i + 2)) "</td></tr>\n"
    } else if (sec == "Professional Experience:" && (blank || prev == "heading")) {
        out = out "<h3>" esc(line) "</h3>\n"; prev = "job"; blank = 0; next
    } else if (sec == "Professional Experience:" && prev == "job") {
        out = out "<p><i>" esc(line) "</i></p>\n"; prev = "dates"; blank = 0; next
    } else if (sec == "Selected Projects:" && i > 0) {
        out = out "<p><b>" esc(substr(line, 1, i)) "</b>" esc(substr(line, i + 1)) "</p>\n"
    } else {
        out = out "<p>" esc(line) "</p>\n"
    }
    prev = "body"; blank = 0
}
END {
    closeblocks()
    print "<!DOCTYPE html>"
    print "<!-- Generated by scripts/make-samples.sh from Samples/data-scientist.txt; edit the .txt, not this file. -->"
    print "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Dana Placeholder - resume (fictional)</title>\n</head>\n<body>"
    printf "%s", out
    print "</body>\n</html>"
}
' "$S/data-scientist.txt" >"$SRC/data-scientist.html"
lo --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$S" "$SRC/data-scientist.html"
stabilise_docx "$S/data-scientist.docx"

# ---------------------------------------------------------------------------------------------
# 4. data-analyst.md: Markdown (## headings, ### jobs, bullet lists) from data-analyst.txt.
# ---------------------------------------------------------------------------------------------
awk '
function emit(s) { printf "%s\n", s }
function gap() { if (!justgap) { emit(""); justgap = 1 } }
BEGIN { header = 1; n = 0; justgap = 1
        emit("<!-- Generated by scripts/make-samples.sh from Samples/data-analyst.txt; edit the .txt, not this file. -->") ; justgap = 0 }
/^[[:space:]]*$/ {
    if (header && n > 0) { header = 0; emit(contact); justgap = 0 }
    blank = 1; next
}
header {
    n++
    if (n == 1) { gap(); emit("# " $0); emit(""); justgap = 1 }
    else if (n == 2) { emit("**" $0 "**"); emit(""); justgap = 1 }
    else contact = (contact == "" ? $0 : contact " \302\267 " $0)
    next
}
/^(Summary|Skills|Experience|Projects|Education|Certifications)$/ {
    sec = $0; gap(); emit("## " $0); emit(""); justgap = 1; prev = "heading"; blank = 1; next
}
{
    line = $0
    if (line ~ /^- /) { emit(line); justgap = 0; prev = "bullet" }
    else if (sec == "Experience" && (blank || prev == "heading")) { gap(); emit("### " line); emit(""); justgap = 1; prev = "job" }
    else if (sec == "Experience" && prev == "job") { emit("*" line "*"); emit(""); justgap = 1; prev = "dates" }
    else if (sec == "Projects" && (i = index(line, ":")) > 0) { emit("- **" substr(line, 1, i) "**" substr(line, i + 1)); justgap = 0; prev = "bullet" }
    else if (sec == "Education" || sec == "Certifications") { emit("- " line); justgap = 0; prev = "bullet" }
    else { gap(); emit(line); emit(""); justgap = 1; prev = "body" }
    blank = 0
}
' "$S/data-analyst.txt" >"$S/data-analyst.md"

# ---------------------------------------------------------------------------------------------
# 5. student.html: HTML with a <style>, a <script> and a comment (all must be dropped by a reader)
#    and entities: & -> &amp;, e-acute -> &eacute;, en dash -> &#8211;.
# ---------------------------------------------------------------------------------------------
awk '
function esc(s) {
    gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s)
    gsub(/\303\251/, "\\&eacute;", s); gsub(/\342\200\223/, "\\&#8211;", s)
    return s
}
function closeul() { if (inul) { out = out "</ul>\n"; inul = 0 } }
function li(s) { if (!inul) { out = out "<ul>\n"; inul = 1 } out = out "  <li>" s "</li>\n" }
BEGIN { header = 1; n = 0 }
/^[[:space:]]*$/ { if (header && n > 0) { header = 0; out = out "</header>\n" } closeul(); blank = 1; next }
header {
    n++
    if (n == 1) out = out "<header>\n<h1>" esc($0) "</h1>\n"
    else out = out "<p class=\"contact\">" esc($0) "</p>\n"
    next
}
/^[A-Z][A-Z &]+$/ {
    closeul(); sec = $0
    out = out (started ? "</section>\n" : "") "<section>\n<h2>" esc($0) "</h2>\n"; started = 1
    prev = "heading"; blank = 1; next
}
{
    line = $0
    if (line ~ /^- /) li(esc(substr(line, 3)))
    else if ((sec == "EXPERIENCE" || sec == "EDUCATION") && (blank || prev == "heading")) { closeul(); out = out "<h3>" esc(line) "</h3>\n"; prev = "job"; blank = 0; next }
    else if ((sec == "EXPERIENCE" || sec == "EDUCATION") && prev == "job") { out = out "<p class=\"dates\">" esc(line) "</p>\n"; prev = "dates"; blank = 0; next }
    else if ((sec == "TECHNICAL SKILLS" || sec == "PROJECTS") && (i = index(line, ":")) > 0) li("<strong>" esc(substr(line, 1, i)) "</strong>" esc(substr(line, i + 1)))
    else if (sec == "ACTIVITIES" || sec == "AWARDS") li(esc(line))
    else { closeul(); out = out "<p>" esc(line) "</p>\n" }
    prev = "body"; blank = 0
}
END {
    closeul(); if (started) out = out "</section>\n"
    print "<!DOCTYPE html>"
    print "<!-- Generated by scripts/make-samples.sh from Samples/student.txt; edit the .txt, not this file. -->"
    print "<html lang=\"en\">"
    print "<head>"
    print "<meta charset=\"utf-8\">"
    print "<title>Ren&eacute;e Samplecourt &#8211; R&eacute;sum&eacute; (fictional)</title>"
    print "<style>"
    print "  /* Colours borrowed from the Tableau 10 palette; fonts as in the Kotlin docs. Not resume text. */"
    print "  body { font-family: \"Liberation Sans\", Arial, sans-serif; max-width: 46em; margin: 2em auto; color: #222; }"
    print "  h1 { color: #4e79a7; margin-bottom: 0.2em; }"
    print "  h2 { border-bottom: 2px solid #4e79a7; font-size: 1.05em; letter-spacing: 0.08em; }"
    print "  h3 { margin: 0.8em 0 0.1em; font-size: 1em; }"
    print "  .dates { font-style: italic; color: #59a14f; margin-top: 0; }"
    print "  .contact { margin: 0.1em 0; }"
    print "  .golang-badge, .rust-badge { display: none; }"
    print "</style>"
    print "<script>"
    print "  // Page analytics stub - a resume reader must drop this element. Not resume text."
    print "  var trackedKeywords = [\"Go\", \"Rust\", \"Haskell\", \"TensorFlow\", \"Kubernetes\"];"
    print "  if (trackedKeywords.length > 0 && document.body) { document.body.className = \"js\"; }"
    print "</script>"
    print "</head>"
    print "<body>"
    print "<!-- TODO: add the TensorFlow Developer Certificate once passed (comment: not resume text) -->"
    printf "%s", out
    print "</body>"
    print "</html>"
}
' "$S/student.txt" >"$S/student.html"

echo "make-samples.sh: wrote"
for f in ml-engineer data-scientist data-analyst data-engineer career-changer student; do
    echo "  Samples/$f.pdf"
done
echo "  Samples/ml-engineer-two-column.pdf (source Samples/src/ml-engineer-two-column.fodt)"
echo "  Samples/data-scientist.docx (source Samples/src/data-scientist.html)"
echo "  Samples/data-analyst.md"
echo "  Samples/student.html"
