internal import CYaml
import PodFenceModel

/// One document of a YAML (or JSON) stream, as a tree with source positions.
public struct ManifestDocument: Sendable, Hashable {
    /// The file path, `-` for standard input, or a label.
    public var file: String
    /// The 0-based position of the document in its stream.
    public var index: Int
    /// The document's root.
    public var root: ManifestNode
    /// Where the document starts.
    public var start: SourceMark
    /// The document's comments, attached to the fields they describe.
    public var comments = ManifestComments()
}

/// Turns YAML or JSON text into manifest trees, with positions on every node, YAML 1.1 scalar resolution as
/// kubectl does it, duplicate keys refused, merge keys (`<<`) applied, and ``ReadLimits`` enforced.
///
/// Comments are kept too, attached to the fields they describe (``ManifestDocument/comments``), so that
/// ``YAMLWriter`` can write them back; a comment in a UTF-16 input is not kept.
///
/// Reading works on libyaml's event stream directly (libyaml is the C library inside Yams), which is several
/// times faster than building Yams' `Node` tree and keeps memory bounded for hostile input: aliases are
/// counted as expanded while they are read.
public struct YAMLReader: Sendable {
    /// The limits enforced.
    public var limits: ReadLimits

    /// Creates a reader.
    /// - Parameter limits: The limits to enforce.
    public init(limits: ReadLimits = .default) {
        self.limits = limits
    }

    /// The result of reading one input.
    public struct Result: Sendable {
        /// The documents read, in order (empty documents are left out, as kubectl does).
        public var documents: [ManifestDocument]
        /// Problems found; after an error the rest of the input is not read, so `documents` are then only
        /// those before it.
        public var diagnostics: [Diagnostic]
    }

    /// Reads every document of a text.
    /// - Parameters:
    ///   - text: The YAML or JSON text.
    ///   - file: The name used in positions and diagnostics.
    /// - Returns: The documents and the diagnostics.
    public func read(_ text: String, file: String) -> Result {
        var text = text
        return text.withUTF8 { read(bytes: UnsafeRawBufferPointer($0), file: file) }
    }

    /// Reads every document of UTF-8 (or UTF-16 with a byte-order mark) bytes.
    /// - Parameters:
    ///   - bytes: The input.
    ///   - file: The name used in positions and diagnostics.
    /// - Returns: The documents and the diagnostics.
    public func read(bytes: [UInt8], file: String) -> Result {
        bytes.withUnsafeBytes { read(bytes: $0, file: file) }
    }

    /// Reads every document of a buffer.
    /// - Parameters:
    ///   - bytes: The input.
    ///   - file: The name used in positions and diagnostics.
    /// - Returns: The documents and the diagnostics.
    public func read(bytes: UnsafeRawBufferPointer, file: String) -> Result {
        if bytes.count > limits.maxInputBytes {
            let diagnostic = Diagnostic(
                .error, code: .inputTooLarge,
                message: "input is \(bytes.count) bytes, more than the limit of \(limits.maxInputBytes) bytes "
                    + "(ReadLimits.maxInputBytes); split it or raise the limit",
                location: SourceLocation(file: file))
            return Result(documents: [], diagnostics: [diagnostic])
        }
        var builder = TreeBuilder(file: file, limits: limits, source: bytes)
        builder.run()
        builder.attachComments()
        return Result(documents: builder.documents, diagnostics: builder.diagnostics)
    }
}

/// Builds trees from libyaml events with an explicit stack (no recursion, so nesting depth costs heap only).
private struct TreeBuilder {
    enum Frame {
        case mapping(Mapping)
        case sequence(Sequence)
    }

    struct Mapping {
        var entries: [ManifestEntry] = []
        var pendingKey: (text: String, mark: SourceMark, isMergeKey: Bool)?
        var merged: [ManifestEntry] = []
        var mark: SourceMark
        var anchor: String?
        var nodes = 1
    }

    struct Sequence {
        var items: [ManifestNode] = []
        var mark: SourceMark
        var anchor: String?
        var nodes = 1
    }

    let file: String
    let limits: ReadLimits
    let source: UnsafeRawBufferPointer
    var documents: [ManifestDocument] = []
    var diagnostics: [Diagnostic] = []

    private var stack: [Frame] = []
    private var anchors: [String: (node: ManifestNode, nodes: Int)] = [:]
    private var documentNodes = 0
    private var documentStart = SourceMark(line: 1, column: 1)
    private var documentStartIndex = 0
    private var root: ManifestNode?
    private var failed = false

    private var commentScanner: CommentScanner
    private var linePositionAtDocumentStart = (cursor: 0, wantedLine: -1)
    private var anchorsOfDocument: [CommentAnchor] = []
    private var documentAnchors: [(firstLine: Int, anchors: [CommentAnchor])] = []

    init(file: String, limits: ReadLimits, source: UnsafeRawBufferPointer) {
        self.file = file
        self.limits = limits
        self.source = source
        let isUTF16 =
            source.count >= 2 && ((source[0], source[1]) == (0xFE, 0xFF) || (source[0], source[1]) == (0xFF, 0xFE))
        commentScanner = CommentScanner(source: isUTF16 ? UnsafeRawBufferPointer(start: nil, count: 0) : source)
    }

    /// Set when the input is UTF-8 with a `#` in it: scalar spans and node positions are then recorded, to
    /// find and attach comments once the input is read.
    private var recordsComments: Bool { !commentScanner.isEmpty }

    /// Finds the input's comments and attaches them to the documents read.
    mutating func attachComments() {
        guard recordsComments, !documents.isEmpty else { return }
        let comments = commentScanner.comments(in: source)
        guard !comments.isEmpty else { return }
        let attached = CommentAttacher.attach(comments, to: documentAnchors)
        for index in documents.indices where index < attached.count {
            documents[index].comments = attached[index]
        }
    }

    /// Records where a mapping or a list starts when it is the document or a list item: as a mapping's value
    /// it starts on its first key's line, where a comment above belongs to that key rather than to the value.
    private mutating func recordCollectionAnchor(at start: SourceMark) {
        if case .mapping? = stack.last { return }
        recordAnchor(at: start)
    }

    /// Records where a node starts, with its field path, when comments are being attached.
    /// - Parameters:
    ///   - start: Where the node starts.
    ///   - isKey: Whether the node is a mapping key.
    ///   - key: The key's text, nil for a merge key (`<<`, whose entries belong to the mapping itself).
    private mutating func recordAnchor(at start: SourceMark, isKey: Bool = false, key: String? = nil) {
        guard recordsComments, commentScanner.wants(line: start.line) else { return }
        var path: [FieldPath.Component] = []
        for (level, frame) in stack.enumerated() {
            switch frame {
            case .sequence(let sequence):
                path.append(.index(sequence.items.count))
            case .mapping(let mapping):
                if isKey && level == stack.count - 1 {
                    if let key { path.append(.field(key)) }
                } else if let pending = mapping.pendingKey, !pending.isMergeKey {
                    path.append(.field(pending.text))
                }
            }
        }
        anchorsOfDocument.append(CommentAnchor(mark: start, path: path))
    }

    private func mark(_ raw: yaml_mark_t) -> SourceMark {
        SourceMark(line: Int(raw.line) + 1, column: Int(raw.column) + 1)
    }

    private mutating func fail(_ code: Diagnostic.Code, _ message: String, at mark: SourceMark?) {
        failed = true
        diagnostics.append(
            Diagnostic(
                .error, code: code, message: message,
                location: SourceLocation(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0)))
    }

    mutating func run() {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            fail(.yamlParserUnavailable, "the YAML parser could not be initialised (out of memory)", at: nil)
            return
        }
        defer { yaml_parser_delete(&parser) }
        if let base = source.baseAddress {
            yaml_parser_set_input_string(
                &parser, base.assumingMemoryBound(to: UInt8.self), source.count)
        } else {
            return
        }
        var event = yaml_event_t()
        while !failed {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportParserError(parser)
                return
            }
            let done = event.type == YAML_STREAM_END_EVENT
            handle(event)
            yaml_event_delete(&event)
            if done { return }
        }
    }

    private mutating func handle(_ event: yaml_event_t) {
        let start = mark(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            if documents.count >= limits.maxDocuments {
                fail(
                    .tooManyDocuments,
                    "more than \(limits.maxDocuments) documents in one input (ReadLimits.maxDocuments); "
                        + "split the input or raise the limit", at: start)
                return
            }
            anchors.removeAll(keepingCapacity: true)
            documentNodes = 0
            documentStart = start
            documentStartIndex = Int(event.start_mark.index)
            root = nil
            anchorsOfDocument.removeAll(keepingCapacity: true)
            linePositionAtDocumentStart = commentScanner.linePosition
        case YAML_DOCUMENT_END_EVENT:
            let size = Int(event.end_mark.index) - documentStartIndex
            if size > limits.maxDocumentBytes {
                fail(
                    .documentTooLarge,
                    "document is \(size) bytes, more than the limit of \(limits.maxDocumentBytes) bytes "
                        + "(ReadLimits.maxDocumentBytes, the API server's request size)", at: documentStart)
                return
            }
            if let root, root.value != .null {
                documents.append(ManifestDocument(file: file, index: documents.count, root: root, start: documentStart))
                if recordsComments { documentAnchors.append((documentStart.line, anchorsOfDocument)) }
            } else {
                commentScanner.linePosition = linePositionAtDocumentStart
            }
        case YAML_SCALAR_EVENT:
            if recordsComments {
                let style = event.data.scalar.style
                let isBlock = style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE
                // A block scalar's header line may end in a comment; its content starts on the next line.
                let spanStart = isBlock ? SourceMark(line: start.line + 1, column: 1) : start
                let end = mark(event.end_mark)
                commentScanner.scalar(spanStart..<max(spanStart, end))
            }
            scalar(event, at: start)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let anchored = anchors[name] else {
                fail(.undefinedAlias, "alias *\(name) refers to no anchor &\(name) defined before it", at: start)
                return
            }
            var node = anchored.node
            node.mark = start
            guard count(anchored.nodes, at: start) else { return }
            recordAnchor(at: start)
            add(node, nodes: anchored.nodes, at: start)
        case YAML_SEQUENCE_START_EVENT:
            guard open(at: start) else { return }
            recordCollectionAnchor(at: start)
            stack.append(.sequence(Sequence(mark: start, anchor: text(event.data.sequence_start.anchor))))
        case YAML_MAPPING_START_EVENT:
            guard open(at: start) else { return }
            recordCollectionAnchor(at: start)
            stack.append(.mapping(Mapping(mark: start, anchor: text(event.data.mapping_start.anchor))))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            close()
        default:
            break
        }
    }

    private func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private mutating func open(at start: SourceMark) -> Bool {
        if stack.count >= limits.maxDepth {
            fail(
                .nestingTooDeep,
                "nesting deeper than \(limits.maxDepth) levels (ReadLimits.maxDepth); Kubernetes objects are far "
                    + "shallower, so this input is probably malformed or hostile", at: start)
            return false
        }
        return count(1, at: start)
    }

    private mutating func count(_ nodes: Int, at mark: SourceMark) -> Bool {
        documentNodes += nodes
        if documentNodes > limits.maxNodesPerDocument {
            fail(
                .tooManyNodes,
                "document has more than \(limits.maxNodesPerDocument) nodes once its aliases are expanded "
                    + "(ReadLimits.maxNodesPerDocument); aliases that multiply like this are a 'billion laughs' "
                    + "attack", at: mark)
            return false
        }
        return true
    }

    private mutating func scalar(_ event: yaml_event_t, at start: SourceMark) {
        let data = event.data.scalar
        let value: String =
            data.value.map {
                String(decoding: UnsafeRawBufferPointer(start: $0, count: data.length), as: UTF8.self)
            } ?? ""
        let tag = text(data.tag)
        let kind: ManifestValue
        if let tag, tag != "!" {
            kind = tagged(value, tag: tag, at: start)
        } else if data.style == YAML_PLAIN_SCALAR_STYLE && tag == nil {
            switch ScalarResolver.resolve(value) {
            case .null: kind = .null
            case .scalar(let resolved): kind = .scalar(ManifestScalar(text: value, kind: resolved))
            }
        } else {
            kind = .scalar(.string(value))
        }
        // Mapping keys are kept as written text whatever they resolve to, as JSON conversion does.
        if case .mapping(var mapping)? = stack.last, mapping.pendingKey == nil {
            let isMergeKey = value == "<<" && data.style == YAML_PLAIN_SCALAR_STYLE
            if !isMergeKey, mapping.entries.contains(where: { $0.key == value }) {
                let first = mapping.entries.first { $0.key == value }?.keyMark
                fail(
                    .duplicateMappingKey,
                    "duplicate key \"\(value)\" in this mapping (first at line \(first?.line ?? 0)); YAML readers "
                        + "disagree on which value wins, so PodFence refuses it: remove one", at: start)
                return
            }
            recordAnchor(at: start, isKey: true, key: isMergeKey ? nil : value)
            mapping.pendingKey = (value, start, isMergeKey)
            mapping.nodes += 1
            stack[stack.count - 1] = .mapping(mapping)
            _ = count(1, at: start)
            return
        }
        guard count(1, at: start) else { return }
        if let anchor = text(data.anchor) { anchors[anchor] = (ManifestNode(kind, mark: start), 1) }
        recordAnchor(at: start)
        add(ManifestNode(kind, mark: start), nodes: 1, at: start)
    }

    private mutating func tagged(_ value: String, tag: String, at start: SourceMark) -> ManifestValue {
        let core = "tag:yaml.org,2002:"
        switch tag {
        case core + "str": return .scalar(.string(value))
        case core + "null": return .null
        case core + "bool", core + "int", core + "float":
            let resolved = ScalarResolver.resolve(value)
            let expected: ManifestScalar.Kind =
                tag.hasSuffix("bool") ? .bool : tag.hasSuffix("int") ? .int : .float
            if resolved == .scalar(expected) { return .scalar(ManifestScalar(text: value, kind: expected)) }
            fail(
                .valueNotMatchingTag, "the value \"\(value)\" is not a valid !!\(tag.dropFirst(core.count))", at: start)
            return .null
        default:
            let shown = tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag
            diagnostics.append(
                Diagnostic(
                    .warning, code: .unknownTag,
                    message: "tag \(shown) is not meaningful to Kubernetes; the value is read as the string it spells",
                    location: SourceLocation(file: file, mark: start)))
            return .scalar(.string(value))
        }
    }

    private mutating func add(_ node: ManifestNode, nodes: Int, at start: SourceMark) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(var sequence):
            sequence.items.append(node)
            sequence.nodes += nodes
            stack.append(.sequence(sequence))
        case .mapping(var mapping):
            guard let key = mapping.pendingKey else {
                // A complex key (a mapping or a sequence used as a key) cannot become a JSON object key.
                stack.append(.mapping(mapping))
                fail(.nonScalarMappingKey, "a mapping key must be a string, not a mapping or a list", at: start)
                return
            }
            mapping.pendingKey = nil
            mapping.nodes += nodes
            if key.isMergeKey {
                mergeInto(&mapping, node, at: start)
            } else {
                mapping.entries.append(ManifestEntry(key: key.text, value: node, keyMark: key.mark))
            }
            stack.append(.mapping(mapping))
        }
    }

    /// YAML 1.1 merge keys (`<<: *base` or `<<: [*a, *b]`): the merged mappings' keys are added unless the
    /// mapping sets them itself; earlier merged mappings win over later ones.
    private mutating func mergeInto(_ mapping: inout Mapping, _ node: ManifestNode, at start: SourceMark) {
        let sources: [ManifestNode]
        switch node.value {
        case .mapping: sources = [node]
        case .sequence(let items): sources = items
        default: sources = []
        }
        for source in sources {
            guard let entries = source.mapping else {
                fail(.invalidMergeKey, "a merge key (<<) takes a mapping or a list of mappings", at: start)
                return
            }
            for entry in entries where !mapping.merged.contains(where: { $0.key == entry.key }) {
                mapping.merged.append(entry)
            }
        }
    }

    private mutating func close() {
        guard let top = stack.popLast() else { return }
        let node: ManifestNode
        let nodes: Int
        let anchor: String?
        switch top {
        case .sequence(let sequence):
            node = ManifestNode(.sequence(sequence.items), mark: sequence.mark)
            nodes = sequence.nodes
            anchor = sequence.anchor
        case .mapping(let mapping):
            var entries = mapping.entries
            for entry in mapping.merged where !entries.contains(where: { $0.key == entry.key }) {
                entries.append(entry)
            }
            node = ManifestNode(.mapping(ManifestMapping(uniqueEntries: entries)), mark: mapping.mark)
            nodes = mapping.nodes
            anchor = mapping.anchor
        }
        if let anchor { anchors[anchor] = (node, nodes) }
        add(node, nodes: nodes, at: node.mark ?? documentStart)
    }

    private mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        switch parser.error {
        case YAML_READER_ERROR:
            let offset = Int(parser.problem_offset)
            let position = positionOfByte(offset)
            fail(
                .invalidEncoding,
                "the input is not valid UTF-8 or UTF-16 (\(problem) at byte \(offset)); manifests must be UTF-8",
                at: position)
        case YAML_MEMORY_ERROR:
            fail(.yamlParserUnavailable, "the YAML parser ran out of memory", at: nil)
        default:
            let problemMark = mark(parser.problem_mark)
            if problem.hasPrefix("Maximum nesting level") {
                // libyaml's own bound (1000 levels) triggers while scanning flow collections, before our events.
                fail(
                    .nestingTooDeep,
                    "nesting deeper than libyaml's limit of 1000 levels; Kubernetes objects are far shallower, so "
                        + "this input is probably malformed or hostile", at: problemMark)
                return
            }
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                let contextMark = mark(parser.context_mark)
                message += " (\(context) at line \(contextMark.line), column \(contextMark.column))"
            }
            message += hint(at: problemMark, problem: problem)
            fail(.yamlSyntax, message, at: problemMark)
        }
    }

    /// Extra advice for the syntax errors people make most with NetworkPolicies.
    private func hint(at mark: SourceMark, problem: String) -> String {
        let line = sourceLine(mark.line).drop { $0 == " " }
        if line.hasPrefix("\t") || problem.contains("tab") {
            return "; YAML indentation must use spaces, not tabs"
        }
        let peerKeys = ["podSelector:", "namespaceSelector:", "ipBlock:"]
        guard problem.contains("expected key") || problem.contains("mapping values"),
            peerKeys.contains(where: { line.hasPrefix($0) })
        else { return "" }
        return """
            ; this key is not aligned with the keys of the peer above it. A peer's selectors must start at the \
            same column: one list item with both keys means AND (pods matching podSelector in namespaces \
            matching namespaceSelector): "- namespaceSelector: ..." then "  podSelector: ..." directly under \
            "namespaceSelector"; two list items mean OR (every pod of those namespaces, or matching pods of the \
            policy's own namespace): "- namespaceSelector: ..." and "- podSelector: ..."
            """
    }

    private func sourceLine(_ number: Int) -> Substring {
        var line = 1
        var start = 0
        for (index, byte) in source.enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            if line == number {
                start = index + 1
                break
            }
        }
        guard line == number || number == 1 else { return "" }
        var end = start
        while end < source.count, source[end] != UInt8(ascii: "\n") { end += 1 }
        return Substring(String(decoding: UnsafeRawBufferPointer(rebasing: source[start..<end]), as: UTF8.self))
    }

    private func positionOfByte(_ offset: Int) -> SourceMark {
        var line = 1
        var column = 1
        for index in 0..<min(offset, source.count) {
            let byte = source[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceMark(line: line, column: column)
    }
}
