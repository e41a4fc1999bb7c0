/// Walks an object and collects diagnostics, keeping the field path of the current position so that paths are
/// only materialised when something is reported (validating a valid object allocates almost nothing).
struct ValidationContext {
    /// The switches in effect.
    let options: ValidationOptions
    /// What has been found, in traversal order.
    private(set) var diagnostics: [Diagnostic] = []
    /// The path of the current position.
    private var components: [FieldPath.Component] = []

    init(options: ValidationOptions) {
        self.options = options
        components.reserveCapacity(12)
    }

    // MARK: Position

    /// Steps into a field.
    mutating func enter(_ field: String) { components.append(.field(field)) }

    /// Steps into a field and then one of its elements (`ingress[2]`).
    mutating func enter(_ field: String, index: Int) {
        components.append(.field(field))
        components.append(.index(index))
    }

    /// Steps back out of `count` components.
    mutating func leave(_ count: Int = 1) { components.removeLast(count) }

    // MARK: Reporting

    /// Reports an error at the current position, or at a field or map key below it.
    mutating func error(_ code: Diagnostic.Code, _ message: String, field: String? = nil, key: String? = nil) {
        report(.error, code, message, field: field, key: key)
    }

    /// Reports a warning at the current position, or at a field or map key below it.
    mutating func warning(_ code: Diagnostic.Code, _ message: String, field: String? = nil, key: String? = nil) {
        report(.warning, code, message, field: field, key: key)
    }

    /// Reports a note at the current position, or at a field or map key below it.
    mutating func note(_ code: Diagnostic.Code, _ message: String, field: String? = nil, key: String? = nil) {
        report(.note, code, message, field: field, key: key)
    }

    private mutating func report(
        _ severity: Diagnostic.Severity, _ code: Diagnostic.Code, _ message: String, field: String?, key: String?
    ) {
        var path = FieldPath(components)
        if let field { path.components.append(.field(field)) }
        if let key { path.components.append(.key(key)) }
        diagnostics.append(Diagnostic(severity, code: code, path: path, message: message))
    }
}

// MARK: - Metadata

extension ValidationContext {
    /// The name rule of a kind: most names are DNS-1123 subdomains, namespace names DNS-1123 labels.
    enum NameRule {
        case subdomain
        case label

        func errors(_ value: String, isPrefix: Bool) -> [String] {
            switch self {
            case .subdomain: NameValidation.subdomainNameErrors(value, isPrefix: isPrefix)
            case .label: NameValidation.labelNameErrors(value, isPrefix: isPrefix)
            }
        }
    }

    /// `metadata` on create (apimachinery `ValidateObjectMetaAccessor`): generateName (V04), name (V01-V03),
    /// namespace (V05, V06) for namespaced kinds, labels (V07), annotations (V08).
    mutating func validateObjectMeta(_ meta: ObjectMeta, namespaced: Bool, nameRule: NameRule) {
        enter("metadata")
        let generateName = meta.generateName ?? ""
        if !generateName.isEmpty {
            for detail in nameRule.errors(generateName, isPrefix: true) {
                error(.invalidGenerateName, ValidationMessage.invalid(generateName, detail), field: "generateName")
            }
        }
        let name = meta.name ?? ""
        if name.isEmpty {
            if generateName.isEmpty {
                error(.nameRequired, ValidationMessage.required("name or generateName is required"), field: "name")
            }
        } else {
            for detail in nameRule.errors(name, isPrefix: false) {
                let code: Diagnostic.Code = detail.hasPrefix("must be no more than") ? .nameTooLong : .invalidName
                error(code, ValidationMessage.invalid(name, detail), field: "name")
            }
        }
        if namespaced {
            let namespace = meta.namespace ?? ""
            if namespace.isEmpty {
                if options.requireNamespace {
                    error(.namespaceRequired, ValidationMessage.required(), field: "namespace")
                } else {
                    warning(.namespaceRequired, Self.missingNamespaceWarning, field: "namespace")
                }
            } else {
                for detail in NameValidation.dns1123LabelErrors(namespace) {
                    error(.invalidNamespace, ValidationMessage.invalid(namespace, detail), field: "namespace")
                }
            }
        }
        validateMetadataMaps(meta)
        leave()
    }

    /// `metadata` on update (apimachinery `ValidateObjectMetaAccessorUpdate`): name and namespace are immutable
    /// (V09); labels and annotations are checked again. Formats of the unchanged name and namespace are not.
    mutating func validateObjectMetaUpdate(_ meta: ObjectMeta, old: ObjectMeta) {
        enter("metadata")
        let name = meta.name ?? ""
        if name != old.name ?? "" {
            error(.immutableMetadataChanged, ValidationMessage.invalid(name, "field is immutable"), field: "name")
        }
        let namespace = meta.namespace ?? ""
        if namespace != old.namespace ?? "" {
            error(
                .immutableMetadataChanged, ValidationMessage.invalid(namespace, "field is immutable"),
                field: "namespace")
        }
        validateMetadataMaps(meta)
        leave()
    }

    static let missingNamespaceWarning =
        "Required value: no namespace is set, so the object will land in whatever namespace kubectl targets "
        + "(--namespace or the current context's namespace)"

    /// Labels (V07) and annotations (V08) of a `metadata`; the position must be at `metadata`.
    mutating func validateMetadataMaps(_ meta: ObjectMeta) {
        enter("labels")
        validateLabelMap(meta.labels, keyCode: .invalidLabel, valueCode: .invalidLabel)
        leave()
        enter("annotations")
        validateAnnotations(meta.annotations)
        leave()
    }

    /// Every key and value of a label map; the position must be at the map. Keys are visited in sorted order
    /// (only when something is wrong, so a valid map costs no allocation).
    mutating func validateLabelMap(_ labels: [String: String], keyCode: Diagnostic.Code, valueCode: Diagnostic.Code) {
        if labels.isEmpty { return }
        let allValid = labels.allSatisfy {
            LabelValidation.isValidKey($0.key) && LabelValidation.isValidValue($0.value)
        }
        if allValid { return }
        for key in labels.keys.sorted() {
            for detail in LabelValidation.keyErrors(key) {
                error(keyCode, ValidationMessage.invalid(key, detail), key: key)
            }
            let value = labels[key] ?? ""
            for detail in LabelValidation.valueErrors(value) {
                error(valueCode, ValidationMessage.invalid(value, detail), key: key)
            }
        }
    }

    /// Annotation keys (case-insensitive label keys) and their total size (V08); the position must be at
    /// `metadata.annotations`.
    mutating func validateAnnotations(_ annotations: [String: String]) {
        if annotations.isEmpty { return }
        var totalSize = 0
        var allValid = true
        for (key, value) in annotations {
            totalSize += key.utf8.count + value.utf8.count
            if allValid && !LabelValidation.isValidAnnotationKey(key) { allValid = false }
        }
        if !allValid {
            for key in annotations.keys.sorted() {
                for detail in LabelValidation.annotationKeyErrors(key) {
                    error(.invalidAnnotation, ValidationMessage.invalid(key, detail), key: key)
                }
            }
        }
        if totalSize > LabelValidation.totalAnnotationSizeLimit {
            error(.invalidAnnotation, ValidationMessage.tooLong(maxBytes: LabelValidation.totalAnnotationSizeLimit))
        }
    }
}

// MARK: - Selectors

extension ValidationContext {
    /// A label selector (rules S01-S07, apimachinery `ValidateLabelSelector`); the position must be at the
    /// selector. `allowInvalidValues` skips S07 (the update ratchet).
    mutating func validateSelector(_ selector: LabelSelector, allowInvalidValues: Bool = false) {
        if !selector.matchLabels.isEmpty {
            enter("matchLabels")
            validateLabelMap(selector.matchLabels, keyCode: .invalidMatchLabelsKey, valueCode: .invalidMatchLabelsValue)
            leave()
        }
        for (index, requirement) in selector.matchExpressions.enumerated() {
            enter("matchExpressions", index: index)
            validateRequirement(requirement, allowInvalidValues: allowInvalidValues)
            leave(2)
        }
    }

    private mutating func validateRequirement(_ requirement: LabelSelectorRequirement, allowInvalidValues: Bool) {
        switch requirement.operator {
        case .in, .notIn:
            if requirement.values.isEmpty {
                error(
                    .selectorValuesRequired,
                    ValidationMessage.required("must be specified when `operator` is 'In' or 'NotIn'"),
                    field: "values")
            }
        case .exists, .doesNotExist:
            if !requirement.values.isEmpty {
                error(
                    .selectorValuesForbidden,
                    ValidationMessage.forbidden("may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
                    field: "values")
            }
        default:
            error(
                .unknownSelectorOperator,
                ValidationMessage.invalid(requirement.operator.rawValue, "not a valid selector operator"),
                field: "operator")
        }
        for detail in LabelValidation.keyErrors(requirement.key) {
            error(.invalidMatchExpressionsKey, ValidationMessage.invalid(requirement.key, detail), field: "key")
        }
        if allowInvalidValues { return }
        var position = 0
        for value in requirement.values {
            defer { position += 1 }
            if LabelValidation.isValidValue(value) { continue }
            enter("values", index: position)
            for detail in LabelValidation.valueErrors(value) {
                error(.invalidMatchExpressionsValue, ValidationMessage.invalid(value, detail))
            }
            leave(2)
        }
    }

    /// True when a selector has any problem (S01-S07), without building diagnostics.
    static func selectorHasErrors(_ selector: LabelSelector) -> Bool {
        for (key, value) in selector.matchLabels
        where !LabelValidation.isValidKey(key) || !LabelValidation.isValidValue(value) {
            return true
        }
        for requirement in selector.matchExpressions {
            switch requirement.operator {
            case .in, .notIn: if requirement.values.isEmpty { return true }
            case .exists, .doesNotExist: if !requirement.values.isEmpty { return true }
            default: return true
            }
            if !LabelValidation.isValidKey(requirement.key) { return true }
            if !requirement.values.allSatisfy(LabelValidation.isValidValue) { return true }
        }
        return false
    }
}
