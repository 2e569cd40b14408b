import Foundation

/// Writes small PDFs for tests: each page one line of Helvetica text and, if given, the content
/// that follows it (an inline image, say).
enum TestPDF {
    static func data(pages: [String], after extra: [UInt8] = []) -> Data {
        var objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array(
                "<< /Type /Pages /Kids [\((0..<pages.count).map { "\(4 + 2 * $0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>"
                    .utf8),
            Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".utf8),
        ]
        for (index, text) in pages.enumerated() {
            objects.append(
                Array(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + 2 * index) 0 R >>"
                        .utf8))
            let content = Array("BT /F1 12 Tf 72 720 Td (\(text)) Tj ET ".utf8) + extra
            objects.append(
                Array("<< /Length \(content.count) >>\nstream\n".utf8) + content
                    + Array("\nendstream".utf8))
        }
        var output = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.count)
            output += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let table = output.count
        output += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            let digits = String(offset)
            output += Array((String(repeating: "0", count: 10 - digits.count) + digits).utf8)
            output += Array(" 00000 n \n".utf8)
        }
        output += Array(
            "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
                .utf8)
        return Data(output)
    }

    /// One page with each line of Helvetica 11 at its own place, `(x, y, text)` in points from
    /// the bottom left, as a layout with columns prints it.
    static func data(placed lines: [(x: Int, y: Int, text: String)]) -> Data {
        let content = lines.map { "BT /F1 11 Tf \($0.x) \($0.y) Td (\($0.text)) Tj ET" }
            .joined(separator: "\n")
        return data(pages: [""], after: Array(("\n" + content).utf8))
    }

    /// A 16 by 16 grey inline image whose JPEG data breaks off at a stray restart marker: libjpeg
    /// warns "Corrupt JPEG data: premature end of data segment" when poppler reads past it.
    static let brokenInlineJPEG: [UInt8] = {
        func segment(_ marker: UInt8, _ body: [UInt8]) -> [UInt8] {
            let length = body.count + 2
            return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + body
        }
        var jpeg: [UInt8] = [0xFF, 0xD8]
        jpeg += segment(0xDB, [0x00] + [UInt8](repeating: 1, count: 64))  // quantisation table
        jpeg += segment(0xC0, [8, 0, 16, 0, 16, 1, 1, 0x11, 0])  // 16 x 16, one component
        let oneCode = [1] + [UInt8](repeating: 0, count: 15) + [0]  // one 1-bit code for 0
        jpeg += segment(0xC4, [0x00] + oneCode)  // DC table
        jpeg += segment(0xC4, [0x10] + oneCode)  // AC table
        jpeg += segment(0xDA, [1, 1, 0, 0, 0x3F, 0])  // start of scan
        jpeg += [0xFF, 0xD3, 0xFF, 0xD9]  // a restart marker where data should be, then the end
        return Array("q 50 0 0 50 72 600 cm BI /W 16 /H 16 /CS /G /BPC 8 /F /DCT ID ".utf8)
            + jpeg + Array("\nEI Q".utf8)
    }()
}
