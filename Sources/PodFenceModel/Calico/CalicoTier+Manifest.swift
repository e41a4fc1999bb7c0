extension CalicoTier: ManifestObject {
    /// An object written without a `spec` has the empty one.
    public static var emptySpec: CalicoTierSpec { CalicoTierSpec() }
}

extension CalicoTierSpec: ManifestCodable {
    /// Decodes a Tier's `spec`.
    /// - Parameters:
    ///   - node: The spec mapping.
    ///   - decoder: Collects diagnostics.
    public init(manifest node: ManifestNode, decoder: inout ManifestDecoder) {
        var fields = decoder.fields(node)
        self.order = decoder.field(&fields, "order") { CalicoOrder.decode($1, decoder: &$0) }
        self.defaultAction = decoder.field(&fields, "defaultAction") { $0.optionalString($1) }.map(
            CalicoAction.init(rawValue:))
        self.unknownFields = fields.remaining
    }

    /// The spec as a tree.
    public var manifest: ManifestNode {
        var builder = ManifestBuilder()
        builder.set("order", order?.manifest)
        builder.set("defaultAction", defaultAction?.rawValue)
        builder.merge(unknownFields)
        return builder.node
    }
}

extension CalicoOrder {
    /// Decodes an `order`: an integer or a float; null counts as absent.
    /// - Parameters:
    ///   - node: The value.
    ///   - decoder: Collects diagnostics (`D01` for anything but a number).
    /// - Returns: The order, or nil.
    static func decode(_ node: ManifestNode, decoder: inout ManifestDecoder) -> CalicoOrder? {
        switch node.value {
        case .null:
            return nil
        case .scalar(let scalar) where scalar.kind == .int:
            guard let value = scalar.intValue else {
                decoder.report(.integerOverflow, "the number \(scalar.text) does not fit in a 64-bit integer")
                return nil
            }
            return CalicoOrder(value: Double(value), written: scalar)
        case .scalar(let scalar) where scalar.kind == .float:
            guard let value = scalar.doubleValue else {
                decoder.calicoTypeMismatch(node, expected: "a number")
                return nil
            }
            return CalicoOrder(value: value, written: scalar)
        default:
            decoder.calicoTypeMismatch(node, expected: "a number")
            return nil
        }
    }

    /// The order as a scalar: as written, or an integer when it has no fractional part.
    var manifest: ManifestNode {
        if let written { return ManifestNode(.scalar(written)) }
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return ManifestNode(.scalar(ManifestScalar(text: description, kind: .float)))
    }
}
