import Foundation

/// Number and column formatting shared by the plain-text reports.
enum TextLayout {
    /// "7" for whole numbers, "7.5" otherwise.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// `text` padded with spaces to `count` characters, on the right or (for numbers) the left.
    static func pad(_ text: String, _ count: Int, right: Bool = false) -> String {
        let gap = max(0, count - text.count)
        return right
            ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }

    /// `text` cut to `count` characters, ending in an ellipsis when cut.
    static func clip(_ text: String, _ count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count - 1)) + "…"
    }
}
