import PodFenceModel

/// Placeholder substitution on a parsed manifest tree: only string scalars in value position are ever looked
/// at, and they are replaced by new scalar nodes (or, for a label-selector parameter that is a whole scalar, by
/// the selector's mapping). Nothing is parsed again, so no value can add keys, list items, documents, anchors
/// or tags, whatever characters it holds.
struct TreeSubstitution: Sendable {
    /// A placeholder found in a tree, with where it is.
    struct Occurrence: Sendable, Hashable {
        /// The parameter's name.
        var name: String
        /// Where the placeholder's `{{` is.
        var location: SourceLocation
    }

    /// The file the tree was read from, for locations.
    let file: String
    /// The file's text as Unicode scalars and where its lines start, to point at a placeholder inside a scalar
    /// rather than at the scalar's start; nil when the text is not at hand.
    private let source: [Unicode.Scalar]?
    private let lineStarts: [Int]

    /// Creates a substitution for trees of a file.
    /// - Parameters:
    ///   - file: The file's path, for locations.
    ///   - text: The file's text, to compute exact placeholder positions.
    init(file: String, text: String? = nil) {
        self.file = file
        let scalars = text.map { Array($0.unicodeScalars) }
        var starts = [0]
        if let scalars {
            for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
        }
        self.source = scalars
        self.lineStarts = starts
    }

    /// Every placeholder of a tree, in document order.
    /// - Parameter node: The tree.
    /// - Throws: ``TemplateError`` for a malformed placeholder, or a placeholder in a mapping key (keys are
    ///   never substituted).
    func occurrences(in node: ManifestNode) throws(TemplateError) -> [Occurrence] {
        var found: [Occurrence] = []
        try collect(node, into: &found)
        return found
    }

    private func collect(_ node: ManifestNode, into found: inout [Occurrence]) throws(TemplateError) {
        switch node.value {
        case .null:
            return
        case .scalar(let scalar):
            guard scalar.kind == .string else { return }
            let text = try parse(scalar.text, at: node.mark)
            for (ordinal, placeholder) in text.placeholders.enumerated() {
                found.append(Occurrence(name: placeholder.name, location: location(of: ordinal, after: node.mark)))
            }
        case .sequence(let items):
            for item in items { try collect(item, into: &found) }
        case .mapping(let mapping):
            for entry in mapping {
                if entry.key.contains("{{") {
                    throw TemplateError(
                        .invalidDefinition,
                        message: "placeholders are substituted in values only, not in keys such as "
                            + "\(TemplateValues.quoted(entry.key))",
                        location: entry.keyMark.map { SourceLocation(file: file, mark: $0) })
                }
                try collect(entry.value, into: &found)
            }
        }
    }

    /// The tree with every placeholder replaced. A string scalar that is exactly one placeholder becomes the
    /// value's own tree (``ParameterValue/manifest``: an integer stays an integer); a placeholder inside a
    /// longer string is replaced by the value's text. Positions are kept, so diagnostics about the rendered
    /// object point into the template file.
    /// - Parameters:
    ///   - node: The tree.
    ///   - values: The parameters' values.
    /// - Throws: ``TemplateError`` for a malformed placeholder or one whose parameter has no value.
    func substitute(_ node: ManifestNode, values: TemplateValues) throws(TemplateError) -> ManifestNode {
        switch node.value {
        case .null:
            return node
        case .scalar(let scalar):
            guard scalar.kind == .string, scalar.text.contains("{{") else { return node }
            let text = try parse(scalar.text, at: node.mark)
            for (ordinal, placeholder) in text.placeholders.enumerated() where values[placeholder.name] == nil {
                throw TemplateError(
                    .unknownParameter, parameter: placeholder.name,
                    message: "the placeholder {{ \(placeholder.name) }} has no value",
                    location: location(of: ordinal, after: node.mark))
            }
            if let name = text.solePlaceholder, let value = values[name] {
                var replaced = value.manifest
                replaced.mark = node.mark
                return replaced
            }
            return ManifestNode(.scalar(.string(text.interpolated { values[$0]?.description })), mark: node.mark)
        case .sequence(let items):
            var result: [ManifestNode] = []
            result.reserveCapacity(items.count)
            for item in items { result.append(try substitute(item, values: values)) }
            return ManifestNode(.sequence(result), mark: node.mark)
        case .mapping(let mapping):
            var entries: [ManifestEntry] = []
            entries.reserveCapacity(mapping.count)
            for entry in mapping {
                let value = try substitute(entry.value, values: values)
                entries.append(ManifestEntry(key: entry.key, value: value, keyMark: entry.keyMark))
            }
            return ManifestNode(.mapping(ManifestMapping(uniqueEntries: entries)), mark: node.mark)
        }
    }

    private func parse(_ text: String, at mark: SourceMark?) throws(TemplateError) -> PlaceholderText {
        do {
            return try PlaceholderText(parsing: text)
        } catch {
            throw TemplateError(
                .invalidDefinition, message: error.message,
                location: mark.map { SourceLocation(file: file, mark: $0) })
        }
    }

    /// Where the `ordinal`-th `{{` at or after a scalar's start is in the source (the scalar's start when the
    /// source is not at hand, or when the braces were written with escapes).
    private func location(of ordinal: Int, after mark: SourceMark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file) }
        guard let source, mark.line - 1 < lineStarts.count else { return SourceLocation(file: file, mark: mark) }
        var index = lineStarts[mark.line - 1] + mark.column - 1
        var remaining = ordinal
        while index + 1 < source.count {
            if source[index] == "{" && source[index + 1] == "{" {
                if remaining == 0 { return SourceLocation(file: file, mark: self.mark(ofOffset: index)) }
                remaining -= 1
                index += 2
            } else {
                index += 1
            }
        }
        return SourceLocation(file: file, mark: mark)
    }

    private func mark(ofOffset offset: Int) -> SourceMark {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceMark(line: low + 1, column: offset - lineStarts[low] + 1)
    }
}
