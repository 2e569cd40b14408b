import CLibXML2
import Foundation

/// Reads an XML document with libxml2 as a stream of element starts, ends and text, the way a
/// SAX parser does; the only file that touches libxml2.
///
/// Malformed input, invalid UTF-8 included, is an error, never a trap. A document type
/// declaration is refused: Word never writes one, and refusing it keeps out external entities
/// and entity expansion (billion laughs). An element with more than ``attributeLimit``
/// attributes is refused before parsing, because libxml2 compares every attribute of an element
/// with every other and one element with 200,000 of them would take seconds.
struct XMLEvents {
    /// Why a document was not read.
    enum Failure: Error, Equatable {
        /// Not well-formed XML; the line libxml2 stopped at and its message.
        case malformed(line: Int, message: String)
        case declaresDocumentType
        case tooManyAttributes(limit: Int)
    }

    /// More attributes than any WordprocessingML element has (the root declares about 40
    /// namespaces).
    static let attributeLimit = 256

    var start: (_ name: String, _ attributes: [String: String]) -> Void
    var end: (_ name: String) -> Void
    var text: (String) -> Void

    /// Reads `data` and calls the handlers in document order; names are qualified ("w:p").
    func parse(_ data: Data) throws(Failure) {
        _ = Self.initialised
        let limitExceeded = data.withUnsafeBytes {
            Self.hasElement(in: $0, withMoreAttributesThan: Self.attributeLimit)
        }
        if limitExceeded { throw .tooManyAttributes(limit: Self.attributeLimit) }

        let sink = Sink(events: self)
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, local, prefix, _, _, _, count, _, attributes in
            guard let context, let local else { return }
            var values: [String: String] = [:]
            if let attributes {
                for index in 0..<Int(count) {
                    let base = index * 5
                    guard let name = attributes[base], let first = attributes[base + 3],
                        let last = attributes[base + 4]
                    else { continue }
                    let value = String(
                        decoding: UnsafeBufferPointer(start: first, count: last - first),
                        as: UTF8.self)
                    values[Sink.qualified(attributes[base + 1], name)] = value
                }
            }
            Sink.from(context).events.start(Sink.qualified(prefix, local), values)
        }
        handler.endElementNs = { context, local, prefix, _ in
            guard let context, let local else { return }
            Sink.from(context).events.end(Sink.qualified(prefix, local))
        }
        handler.characters = { context, characters, length in
            guard let context, let characters else { return }
            let text = String(
                decoding: UnsafeBufferPointer(start: characters, count: Int(length)),
                as: UTF8.self)
            Sink.from(context).events.text(text)
        }
        handler.ignorableWhitespace = handler.characters
        handler.internalSubset = { context, _, _, _ in
            guard let context else { return }
            let sink = Sink.from(context)
            sink.declaresDocumentType = true
            if let parser = sink.parser { xmlStopParser(parser) }
        }
        // Silences libxml2's own messages on standard error; the failure is reported instead.
        handler.serror = { _, _ in }

        let failure: Failure? = withExtendedLifetime(sink) {
            let opaque = Unmanaged.passUnretained(sink).toOpaque()
            guard let parser = xmlCreatePushParserCtxt(&handler, opaque, nil, 0, nil) else {
                return .malformed(line: 0, message: "out of memory")
            }
            defer { xmlFreeParserCtxt(parser) }
            sink.parser = parser
            let options =
                XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue
            xmlCtxtUseOptions(parser, Int32(options))
            let status = data.withUnsafeBytes { bytes in
                xmlParseChunk(
                    parser, bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                    Int32(bytes.count), 1)
            }
            if sink.declaresDocumentType { return .declaresDocumentType }
            guard status != 0 || parser.pointee.wellFormed == 0 else { return nil }
            guard let error = xmlCtxtGetLastError(parser) else {
                return .malformed(line: 0, message: "not well-formed")
            }
            let message = error.pointee.message.map { String(cString: $0) } ?? "not well-formed"
            return .malformed(
                line: Int(error.pointee.line),
                message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let failure { throw failure }
    }

    private static let initialised: Void = xmlInitParser()
    private static let commentStart = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)
    private static let cdataStart = Array("<![CDATA[".utf8)
    private static let cdataEnd = Array("]]>".utf8)
    private static let instructionStart = Array("<?".utf8)
    private static let instructionEnd = Array("?>".utf8)

    /// True when a start tag holds more than `limit` attributes, found in one pass over the
    /// bytes: quoted values, comments, CDATA and processing instructions are stepped over.
    static func hasElement(in bytes: UnsafeRawBufferPointer, withMoreAttributesThan limit: Int)
        -> Bool
    {
        let bytes = bytes.bindMemory(to: UInt8.self)
        let count = bytes.count
        var index = 0
        func skip(past terminator: [UInt8]) {
            while index < count {
                if bytes[index] == terminator[0], index + terminator.count <= count,
                    (0..<terminator.count).allSatisfy({ bytes[index + $0] == terminator[$0] })
                {
                    index += terminator.count
                    return
                }
                index += 1
            }
        }
        func startsWith(_ prefix: [UInt8]) -> Bool {
            index + prefix.count <= count
                && (0..<prefix.count).allSatisfy { bytes[index + $0] == prefix[$0] }
        }
        while index < count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if startsWith(Self.commentStart) {
                skip(past: Self.commentEnd)
            } else if startsWith(Self.cdataStart) {
                skip(past: Self.cdataEnd)
            } else if startsWith(Self.instructionStart) {
                skip(past: Self.instructionEnd)
            } else {
                var attributes = 0
                index += 1
                tag: while index < count {
                    switch bytes[index] {
                    case UInt8(ascii: "\""), UInt8(ascii: "'"):
                        let quote = bytes[index]
                        index += 1
                        while index < count, bytes[index] != quote { index += 1 }
                    case UInt8(ascii: "="):
                        attributes += 1
                        if attributes > limit { return true }
                    case UInt8(ascii: ">"), UInt8(ascii: "<"):
                        break tag
                    default:
                        break
                    }
                    index += 1
                }
            }
        }
        return false
    }
}

/// The handlers and state one parse shares with libxml2's callbacks, through their context
/// pointer.
private final class Sink {
    let events: XMLEvents
    var parser: xmlParserCtxtPtr?
    var declaresDocumentType = false

    init(events: XMLEvents) { self.events = events }

    static func from(_ context: UnsafeMutableRawPointer) -> Sink {
        Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
    }

    /// "prefix:local", or "local" without a prefix, as the document spells the name.
    static func qualified(
        _ prefix: UnsafePointer<xmlChar>?, _ local: UnsafePointer<xmlChar>
    ) -> String {
        guard let prefix else { return String(cString: local) }
        return String(cString: prefix) + ":" + String(cString: local)
    }
}
