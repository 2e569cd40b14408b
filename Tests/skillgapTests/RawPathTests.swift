import Foundation
import Testing

@testable import skillgap

@Suite struct RawPathTests {
    /// A worker request is one JSON line: the path's bytes in base64, whatever they are.
    @Test func encodesAnyBytesAsOneBase64String() throws {
        let path = RawPath(Array("/tmp/caf".utf8) + [0xE9, 0x0A] + Array(".txt".utf8))
        let json = try JSONEncoder().encode(path)
        #expect(String(decoding: json, as: UTF8.self) == "\"L3RtcC9jYWbpCi50eHQ=\"")
        #expect(try JSONDecoder().decode(RawPath.self, from: json) == path)
    }

    @Test func showsBytesThatAreNotUTF8AsReplacementCharacters() {
        let path = RawPath([0x63, 0x61, 0x66, 0xE9]).appending(Array("cv.txt".utf8))
        #expect(path.shown == "caf\u{FFFD}/cv.txt")
    }
}
