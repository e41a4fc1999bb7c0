/// A position in a manifest's text: 1-based line and column (columns count Unicode scalars, as YAML does).
///
/// Marks are attached to every node of a parsed manifest (``ManifestNode/mark``) so that diagnostics can point
/// at the exact key or value the user wrote.
public struct SourceMark: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int

    /// Creates a mark.
    /// - Parameters:
    ///   - line: The 1-based line.
    ///   - column: The 1-based column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders marks by line, then column.
    public static func < (lhs: SourceMark, rhs: SourceMark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A position in a named source: a file path (or `-` for standard input, or a label such as `<template>`),
/// a line and a column. Printed `file:line:column`, the form compilers and editors understand.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file path as the user gave it, `-` for standard input, or a label in angle brackets.
    public var file: String
    /// The 1-based line, or 0 when only the file is known.
    public var line: Int
    /// The 1-based column, or 0 when only the file (and maybe the line) is known.
    public var column: Int

    /// Creates a location.
    /// - Parameters:
    ///   - file: The file path or label.
    ///   - line: The 1-based line (0: unknown).
    ///   - column: The 1-based column (0: unknown).
    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// Creates a location from a file and a mark inside it.
    /// - Parameters:
    ///   - file: The file path or label.
    ///   - mark: The position in that file.
    public init(file: String, mark: SourceMark) {
        self.init(file: file, line: mark.line, column: mark.column)
    }

    /// Orders by file, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `file:line:column`, `file:line` or `file`, depending on what is known.
    public var description: String {
        if line == 0 { return file }
        if column == 0 { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }
}
