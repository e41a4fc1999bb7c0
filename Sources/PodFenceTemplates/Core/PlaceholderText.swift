/// A text split into literal runs and `{{ name }}` placeholders: the one syntax of template files, parameter
/// defaults and bundle bindings.
///
/// A placeholder is `{{`, optional spaces, a parameter name (``TemplateParameter/isValidName(_:)``), optional
/// spaces and `}}`. Any other `{{` is a syntax error: there is no escape, so a template cannot hold a literal
/// `{{`. Substituted values are never scanned again, so a value that spells a placeholder stays that text.
struct PlaceholderText: Sendable, Hashable {
    /// A run of a text.
    enum Segment: Sendable, Hashable {
        /// Text copied as is.
        case literal(String)
        /// A placeholder naming a parameter, with the offset of its `{{` in the text (in Unicode scalars).
        case placeholder(name: String, offset: Int)
    }

    /// A malformed or unclosed placeholder.
    struct SyntaxError: Error, Sendable, Hashable {
        /// What is wrong and how to write it.
        var message: String
        /// The offset of the offending `{{` in the text, in Unicode scalars.
        var offset: Int
    }

    /// The runs, in order.
    private(set) var segments: [Segment]

    /// Splits a text.
    /// - Parameter text: The text.
    /// - Throws: ``SyntaxError`` for a `{{` that does not start a well-formed placeholder.
    /// - Complexity: O(n) in the length of the text.
    init(parsing text: String) throws(SyntaxError) {
        guard text.contains("{{") else {
            segments = [.literal(text)]
            return
        }
        let scalars = Array(text.unicodeScalars)
        var segments: [Segment] = []
        var literal = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" else {
                literal.append(scalars[index])
                index += 1
                continue
            }
            let start = index
            var cursor = index + 2
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
            var name = String.UnicodeScalarView()
            while cursor < scalars.count, Self.isNameScalar(scalars[cursor]) {
                name.append(scalars[cursor])
                cursor += 1
            }
            while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
            let closed = cursor + 1 < scalars.count && scalars[cursor] == "}" && scalars[cursor + 1] == "}"
            let nameText = String(name)
            guard closed, TemplateParameter.isValidName(nameText) else {
                let rest = scalars[start...].contains("}") ? "malformed" : "unclosed"
                throw SyntaxError(
                    message: "\(rest) placeholder: write {{ name }}, where name is a parameter's name (a letter, then "
                        + "letters, digits, '-' or '_'); templates have no escape for a literal {{",
                    offset: start)
            }
            if !literal.isEmpty { segments.append(.literal(String(literal))) }
            literal = String.UnicodeScalarView()
            segments.append(.placeholder(name: nameText, offset: start))
            index = cursor + 2
        }
        if !literal.isEmpty || segments.isEmpty { segments.append(.literal(String(literal))) }
        self.segments = segments
    }

    /// The parameter names referred to, in order, with repetitions.
    var placeholders: [(name: String, offset: Int)] {
        segments.compactMap { segment in
            if case .placeholder(let name, let offset) = segment { (name, offset) } else { nil }
        }
    }

    /// The name when the text is exactly one placeholder and nothing else (not even spaces around it).
    var solePlaceholder: String? {
        guard segments.count == 1, case .placeholder(let name, _) = segments[0] else { return nil }
        return name
    }

    /// The text with every placeholder replaced; replacements are not scanned again.
    /// - Parameter value: The text of a parameter, by name (a name without a value gives the empty string; the
    ///   callers check names first).
    func interpolated(_ value: (String) -> String?) -> String {
        var result = ""
        for segment in segments {
            switch segment {
            case .literal(let text): result += text
            case .placeholder(let name, _): result += value(name) ?? ""
            }
        }
        return result
    }

    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": true
        default: false
        }
    }
}
