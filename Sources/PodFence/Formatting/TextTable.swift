/// Plain-text columns, as the playground prints them: a header row, then rows, cells padded to the widest of
/// their column and separated by two spaces; the last column is not padded. No colours, no borders, so
/// output is deterministic and diff-friendly.
///
/// ```swift
/// var table = TextTable(["NAME", "VLAN"])
/// table.append(["prod-w1", "prod"])
/// print(table.rendered, terminator: "")
/// ```
public struct TextTable: Sendable, Hashable {
    /// The header cells.
    public var header: [String]
    /// The rows, each as long as the header.
    public private(set) var rows: [[String]]

    /// Creates a table with a header.
    /// - Parameter header: The column titles.
    public init(_ header: [String]) {
        self.header = header
        self.rows = []
    }

    /// Adds a row; missing cells are empty, extra cells are dropped.
    /// - Parameter row: The cells.
    public mutating func append(_ row: [String]) {
        var cells = Array(row.prefix(header.count))
        while cells.count < header.count { cells.append("") }
        rows.append(cells)
    }

    /// The table as lines, each ending in a newline.
    /// - Complexity: O(cells).
    public var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        var output = ""
        for row in all {
            var line = ""
            for (column, cell) in row.enumerated() {
                if column > 0 { line += "  " }
                line += cell
                if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - cell.count) }
            }
            while line.last == " " { line.removeLast() }
            output += line + "\n"
        }
        return output
    }
}
