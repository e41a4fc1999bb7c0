extension Namespace {
    /// Validates the namespace as the API server does on create, plus one PodFence warning.
    ///
    /// - V01-V04: `metadata.name` (or `generateName`) is required and must be a DNS-1123 **label** (at most 63
    ///   characters, no dots), not a subdomain as for most kinds.
    /// - V07, V08: labels and annotations.
    /// - N01 (warning): the manifest sets `kubernetes.io/metadata.name` to something other than the name; the API
    ///   server overwrites it with the name (semantics §1.9), so selectors see the name, not the written value.
    ///
    /// Namespaces are cluster-scoped: `metadata.namespace` is ignored (the API server clears it).
    /// - Parameter options: The strictness to apply.
    /// - Returns: The diagnostics (empty when valid).
    public func validate(options: ValidationOptions = .init()) -> [Diagnostic] {
        var context = ValidationContext(options: options)
        context.validateObjectMeta(metadata, namespaced: false, nameRule: .label)
        if let written = metadata.labels[Self.nameLabel], written != name {
            let detail =
                name.isEmpty
                ? "the API server overwrites this label with the namespace's name"
                : "the API server overwrites this label with the namespace's name, \(ValidationMessage.quoted(name))"
            context.enter("metadata")
            context.enter("labels")
            context.warning(
                .namespaceNameLabelMismatch, ValidationMessage.invalid(written, detail), key: Self.nameLabel)
            context.leave(2)
        }
        return context.diagnostics
    }
}
