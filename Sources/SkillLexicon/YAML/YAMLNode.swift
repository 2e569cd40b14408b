/// One node of a parsed YAML file, with the 1-based line it starts on.
///
/// Aliases are resolved while parsing, so an alias is the node its anchor names. Scalars keep their
/// text as written and are read as numbers or null only when asked, the way the lexicon files are
/// read: no implicit booleans, so `no` and `on` stay text.
enum YAMLNode: Sendable {
    /// A scalar's text; `plain` when it was written without quotes or block indicators.
    case scalar(String, plain: Bool, line: Int)
    case sequence([YAMLNode], line: Int)
    /// A mapping's pairs in the order written; parsing rejects duplicate keys.
    case mapping([(key: YAMLNode, value: YAMLNode)], line: Int)

    var line: Int {
        switch self {
        case .scalar(_, _, let line), .sequence(_, let line), .mapping(_, let line): line
        }
    }

    /// The text of a scalar; nil for a sequence or a mapping.
    var text: String? {
        guard case .scalar(let text, _, _) = self else { return nil }
        return text
    }

    /// True for a plain scalar that YAML reads as null: empty, `~`, `null`, `Null` or `NULL`.
    var isNull: Bool {
        guard case .scalar(let text, plain: true, _) = self else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// A plain scalar as a whole number: decimal, or `0x`, `0o`, `0b` or a bare leading `0`
    /// (octal) before the digits, with an optional sign and underscores ignored.
    ///
    /// These are the rules of the YAML library the loader used before, kept so that no lexicon
    /// file reads differently; a quoted number is text. Its base-60 numbers (`1:30` for 90) are
    /// not kept: `hours: 1:30` is more likely a slip than ninety hours.
    var integer: Int? {
        guard case .scalar(let text, plain: true, _) = self else { return nil }
        let signed = text.filter { $0 != "_" }
        if signed == "0" { return 0 }
        let negative = signed.hasPrefix("-")
        let unsigned = signed.dropFirst(negative || signed.hasPrefix("+") ? 1 : 0)
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)]
        where unsigned.hasPrefix(prefix) {
            return Int((negative ? "-" : "") + unsigned.dropFirst(prefix.count), radix: radix)
        }
        return Int(signed)
    }

    /// A plain scalar as a number: what `Double` reads (`1e3`, `0x1p3`, `inf`), and `.inf` and
    /// `.nan`, with underscores ignored; nil for quoted text.
    var number: Double? {
        guard case .scalar(let text, plain: true, _) = self else { return nil }
        switch text.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: return Double(text.filter { $0 != "_" })
        }
    }
}
