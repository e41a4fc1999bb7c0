import PodFenceModel

/// A place a comment can attach to: the start of a key, a value or a list item, with its field path.
struct CommentAnchor {
    var mark: SourceMark
    var path: [FieldPath.Component]
}

/// One comment found in the source text.
struct SourceComment {
    var line: Int
    /// Whether only spaces or tabs come before the `#` on its line.
    var isWholeLine: Bool
    var text: String
}

/// Finds the comments of a YAML text while libyaml reads it, and attaches them to the nodes they describe.
///
/// libyaml drops comments while scanning, so they are found in the text: a `#` at the start of a line or after
/// a space or tab is a candidate (one pass over the bytes, before parsing), and the candidates that fall inside
/// a scalar (quoted strings, block scalars) are struck out as libyaml reports where each scalar starts and ends.
/// Node positions and paths are recorded only on the lines a comment can attach to, so an input with few
/// comments costs little more to read than one without.
///
/// A comment that ends a line attaches to the last key or value that starts on that line (`port: 53  # DNS`
/// belongs to `port`); whole-line comments attach above the outermost node starting on the next line that has
/// one (a list item rather than its first key); comments with nothing after them in their document become its
/// footer.
struct CommentScanner {
    /// A `#` that starts a comment unless it is inside a scalar.
    struct Candidate {
        var mark: SourceMark
        var offset: Int
        var isWholeLine: Bool
        var insideScalar = false
    }

    private(set) var candidates: [Candidate] = []
    /// The lines that have candidates, ascending, without repeats.
    private var candidateLines: [Int] = []
    private var lineCursor = 0
    private var wantedLine = -1
    private var spanCursor = 0

    /// Finds the candidates of a UTF-8 text (after an optional byte-order mark).
    /// - Complexity: O(bytes).
    init(source: UnsafeRawBufferPointer) {
        guard source.contains(UInt8(ascii: "#")) else { return }
        var index = 0
        if source.count >= 3, source[0] == 0xEF, source[1] == 0xBB, source[2] == 0xBF { index = 3 }
        var line = 1
        var column = 1
        var onlySpacesSoFar = true
        var previous = UInt8(ascii: "\n")
        while index < source.count {
            let byte = source[index]
            if let breakLength = Self.lineBreakLength(source, at: index) {
                index += breakLength
                line += 1
                column = 1
                onlySpacesSoFar = true
                previous = UInt8(ascii: "\n")
                continue
            }
            if byte == UInt8(ascii: "#"),
                column == 1 || previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t")
            {
                candidates.append(
                    Candidate(mark: SourceMark(line: line, column: column), offset: index, isWholeLine: onlySpacesSoFar)
                )
                if candidateLines.last != line { candidateLines.append(line) }
            }
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { onlySpacesSoFar = false }
            if byte & 0xC0 != 0x80 { column += 1 }
            previous = byte
            index += 1
        }
    }

    /// Whether the text may have comments at all.
    var isEmpty: Bool { candidates.isEmpty }

    /// Whether a node starting on a line can take a comment: the line has a candidate, or it is the first line
    /// with a node after one. Lines must be asked in ascending order (the order of libyaml's events).
    mutating func wants(line: Int) -> Bool {
        while lineCursor < candidateLines.count, candidateLines[lineCursor] < line {
            lineCursor += 1
            wantedLine = line
        }
        return line == wantedLine || (lineCursor < candidateLines.count && candidateLines[lineCursor] == line)
    }

    /// Where ``wants(line:)`` stands: saved when a document starts, and restored when the document turns out
    /// empty (it is dropped), so that the comments before it attach to the next document's first nodes.
    var linePosition: (cursor: Int, wantedLine: Int) {
        get { (lineCursor, wantedLine) }
        set { (lineCursor, wantedLine) = newValue }
    }

    /// Strikes out the candidates inside a scalar. Scalars must be given in order.
    mutating func scalar(_ span: Range<SourceMark>) {
        while spanCursor < candidates.count, candidates[spanCursor].mark < span.lowerBound { spanCursor += 1 }
        while spanCursor < candidates.count, candidates[spanCursor].mark < span.upperBound {
            candidates[spanCursor].insideScalar = true
            spanCursor += 1
        }
    }

    /// The comments: on each line, from the first candidate outside every scalar to the end of the line.
    func comments(in source: UnsafeRawBufferPointer) -> [SourceComment] {
        var comments: [SourceComment] = []
        var lastLine = 0
        for candidate in candidates where !candidate.insideScalar && candidate.mark.line != lastLine {
            lastLine = candidate.mark.line
            var end = candidate.offset
            while end < source.count, Self.lineBreakLength(source, at: end) == nil { end += 1 }
            let text = String(
                decoding: UnsafeRawBufferPointer(rebasing: source[candidate.offset..<end]), as: UTF8.self)
            comments.append(
                SourceComment(
                    line: candidate.mark.line, isWholeLine: candidate.isWholeLine,
                    text: ManifestComments.commentLine(text)))
        }
        return comments
    }

    /// The length of the line break at an index (`\n`, `\r\n`, `\r`, and YAML 1.1's NEL, LS and PS), or nil.
    private static func lineBreakLength(_ source: UnsafeRawBufferPointer, at index: Int) -> Int? {
        switch source[index] {
        case UInt8(ascii: "\n"): return 1
        case UInt8(ascii: "\r"): return index + 1 < source.count && source[index + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2 where index + 1 < source.count && source[index + 1] == 0x85: return 2
        case 0xE2
        where index + 2 < source.count && source[index + 1] == 0x80
            && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
            return 3
        default: return nil
        }
    }
}

/// Attaches comments to the nodes they describe.
enum CommentAttacher {
    /// Attaches comments to the documents they fall in.
    /// - Parameters:
    ///   - comments: The comments, in order.
    ///   - documents: Each kept document's first line and anchors (in document order), in order.
    /// - Returns: The comments of each document.
    static func attach(_ comments: [SourceComment], to documents: [(firstLine: Int, anchors: [CommentAnchor])])
        -> [ManifestComments]
    {
        var result = Array(repeating: ManifestComments(), count: documents.count)
        guard !documents.isEmpty else { return result }
        var document = 0
        var lines = AnchorLines(documents[0].anchors)
        for comment in comments {
            while document + 1 < documents.count, comment.line >= documents[document + 1].firstLine {
                document += 1
                lines = AnchorLines(documents[document].anchors)
            }
            if !comment.isWholeLine, let path = lines.last[comment.line], result[document][path].trailing == nil {
                result[document][path].trailing = comment.text
            } else if let path = lines.outermost(after: comment.line) {
                result[document][path].above.append(comment.text)
            } else {
                result[document].footer.append(comment.text)
            }
        }
        return result
    }

    /// For each line with anchors: the anchor starting last on it, and the outermost one.
    private struct AnchorLines {
        var last: [Int: FieldPath] = [:]
        var outermost: [Int: FieldPath] = [:]
        var sortedLines: [Int] = []

        init(_ anchors: [CommentAnchor]) {
            var lastColumn: [Int: (column: Int, depth: Int)] = [:]
            var outermostDepth: [Int: Int] = [:]
            for anchor in anchors {
                let line = anchor.mark.line
                let depth = anchor.path.count
                if outermostDepth[line].map({ depth < $0 }) ?? true {
                    outermostDepth[line] = depth
                    outermost[line] = FieldPath(anchor.path)
                }
                if lastColumn[line].map({ (anchor.mark.column, depth) >= ($0.column, $0.depth) }) ?? true {
                    lastColumn[line] = (anchor.mark.column, depth)
                    last[line] = FieldPath(anchor.path)
                }
            }
            sortedLines = outermost.keys.sorted()
        }

        /// The outermost anchor of the first line after `line` that has anchors.
        func outermost(after line: Int) -> FieldPath? {
            var low = 0
            var high = sortedLines.count
            while low < high {
                let middle = (low + high) / 2
                if sortedLines[middle] <= line { low = middle + 1 } else { high = middle }
            }
            return low < sortedLines.count ? outermost[sortedLines[low]] : nil
        }
    }
}
