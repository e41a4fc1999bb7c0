import PodFenceCIDR
import PodFenceModel

extension ParameterKind {
    /// A value refused by ``ParameterKind/parse(_:)``: the reasons, in the API server's words where Kubernetes
    /// has a rule for the kind.
    public struct Rejection: Error, Sendable, Hashable {
        /// Why the value is not valid, one reason per broken rule.
        public var details: [String]

        /// Creates a rejection.
        /// - Parameter details: The reasons.
        public init(_ details: [String]) {
            self.details = details
        }
    }

    /// Checks a value written as text and turns it into a typed value.
    ///
    /// ```swift
    /// try ParameterKind.port.parse("53")                    // .port(.int(53))
    /// try ParameterKind.labelSelector.parse("project=app1") // .selector(["project": "app1"])
    /// try ParameterKind.namespaceName.parse("Ns_1")         // throws: a lowercase RFC 1123 label must ...
    /// ```
    /// - Parameter text: The value as given on a command line, in a bundle or as a default.
    /// - Returns: The typed value.
    /// - Throws: ``Rejection`` saying why the text is not a valid value of this kind.
    /// - Complexity: O(n) in the length of the text.
    public func parse(_ text: String) throws(Rejection) -> ParameterValue {
        if text.utf8.count > Self.maxValueBytes {
            throw Rejection([
                "the value is \(text.utf8.count) bytes, more than the limit of \(Self.maxValueBytes) bytes"
            ])
        }
        switch self {
        case .namespaceName:
            try Self.check(NameValidation.dns1123LabelErrors(text))
            return .string(text)
        case .objectName:
            try Self.check(NameValidation.dns1123SubdomainErrors(text))
            return .string(text)
        case .labelKey:
            try Self.check(LabelValidation.keyErrors(text))
            return .string(text)
        case .labelValue:
            try Self.check(LabelValidation.valueErrors(text))
            return .string(text)
        case .labelSelector:
            return .selector(try Self.parseSelector(text))
        case .port:
            return .port(try Self.parsePort(text))
        case .protocol:
            let value = PortProtocol(rawValue: text)
            if value.isSupported { return .protocol(value) }
            if PortProtocol(rawValue: text.uppercased()).isSupported {
                throw Rejection(["protocols are case-sensitive in Kubernetes: write \(text.uppercased())"])
            }
            throw Rejection(["supported values: \"TCP\", \"UDP\", \"SCTP\""])
        case .cidr:
            do {
                return .string(try IPPrefix.parse(text, mode: .strict).canonicalText)
            } catch {
                throw Rejection([error.message])
            }
        case .string:
            return .string(text)
        case .integer:
            guard let number = Self.decimal(text, allowingSign: true) else {
                throw Rejection(["write the number in decimal digits, with an optional leading '-'"])
            }
            return .integer(number)
        }
    }

    private static func check(_ details: [String]) throws(Rejection) {
        if !details.isEmpty { throw Rejection(details) }
    }

    /// A decimal integer without leading zeros (and without a sign unless allowed), or nil.
    private static func decimal(_ text: String, allowingSign: Bool) -> Int? {
        var digits = Substring(text)
        if allowingSign, digits.hasPrefix("-") { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if digits.count > 1, digits.hasPrefix("0") { return nil }
        return Int(text)
    }

    private static func parsePort(_ text: String) throws(Rejection) -> IntOrString {
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let number = decimal(text, allowingSign: false) else {
                throw Rejection(["write the port number without leading zeros"])
            }
            try check(NameValidation.portNumberErrors(number))
            return .int(number)
        }
        try check(NameValidation.portNameErrors(text).map { "a port name " + $0 })
        return .string(text)
    }

    /// `key=value` (or `key==value`) pairs separated by commas, spaces and tabs around them ignored.
    private static func parseSelector(_ text: String) throws(Rejection) -> LabelSelector {
        let blank: Set<Character> = [" ", "\t"]
        func trimmed(_ part: Substring) -> Substring {
            var part = part
            while let first = part.first, blank.contains(first) { part = part.dropFirst() }
            while let last = part.last, blank.contains(last) { part = part.dropLast() }
            return part
        }
        let whole = trimmed(text[...])
        if whole.isEmpty { return LabelSelector() }
        let supported =
            "only key=value requirements are supported here (they become matchLabels); set-based requirements "
            + "(in, notin, !key, key) and != need a template that writes matchExpressions"
        var labels: [String: String] = [:]
        for part in whole.split(separator: ",", omittingEmptySubsequences: false) {
            let requirement = trimmed(part)
            if requirement.isEmpty {
                throw Rejection(["an empty requirement between commas: remove the extra comma"])
            }
            if requirement.contains("!") || requirement.contains("(") {
                throw Rejection(["\"\(requirement)\": " + supported])
            }
            guard let equals = requirement.firstIndex(of: "=") else {
                throw Rejection(["\"\(requirement)\" has no '=': " + supported])
            }
            let key = String(trimmed(requirement[..<equals]))
            var rest = requirement[requirement.index(after: equals)...]
            if rest.hasPrefix("=") { rest = rest.dropFirst() }
            let value = String(trimmed(rest))
            var details = LabelValidation.keyErrors(key).map { "key \"\(key)\": \($0)" }
            details += LabelValidation.valueErrors(value).map { "value \"\(value)\" of key \"\(key)\": \($0)" }
            try check(details)
            if let previous = labels[key], previous != value {
                throw Rejection(["the key \"\(key)\" is given twice, with \"\(previous)\" and \"\(value)\""])
            }
            labels[key] = value
        }
        return LabelSelector(labels)
    }
}
