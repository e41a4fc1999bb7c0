import Foundation
import PodFenceModel

/// An object read from a manifest, with where it came from.
public struct LoadedObject: Sendable, Hashable {
    /// The object.
    public var object: KubernetesObject
    /// The object's tree as read (for positions of fields).
    public var source: ManifestNode
    /// The file path, `-` for standard input, or a label.
    public var file: String
    /// The field path of the object inside its document: empty, or `items[3]` for an element of a list.
    public var pathInDocument: FieldPath
    /// The comments written in the object, by field path relative to the object, for ``YAMLWriter`` to write
    /// back.
    public var comments: ManifestComments

    /// Creates a loaded object.
    /// - Parameters:
    ///   - object: The object.
    ///   - source: Its tree.
    ///   - file: Its file.
    ///   - pathInDocument: Its position inside the document.
    ///   - comments: Its comments, by field path relative to the object.
    public init(
        object: KubernetesObject, source: ManifestNode, file: String, pathInDocument: FieldPath = FieldPath(),
        comments: ManifestComments = ManifestComments()
    ) {
        self.object = object
        self.source = source
        self.file = file
        self.pathInDocument = pathInDocument
        self.comments = comments
    }

    /// Where the object starts.
    public var location: SourceLocation { location(of: FieldPath()) }

    /// Where a field of the object is (or the nearest enclosing field that exists).
    /// - Parameter path: The field path, relative to the object.
    public func location(of path: FieldPath) -> SourceLocation {
        guard let mark = source.mark(at: path) else { return SourceLocation(file: file) }
        return SourceLocation(file: file, mark: mark)
    }
}

/// What a load produced: the objects and every diagnostic, with locations.
public struct LoadResult: Sendable {
    /// The objects read, in file and document order. When ``diagnostics`` hold errors, the objects with
    /// errors are left out and the result must not be taken as the whole input.
    public var objects: [LoadedObject] = []
    /// Every problem found, sorted by location.
    public var diagnostics: [Diagnostic] = []
    /// The files read, in order.
    public var files: [String] = []

    /// Creates an empty result.
    public init() {}

    /// True when no diagnostic is an error.
    public var isComplete: Bool { !diagnostics.containsErrors }
}

/// Reads manifests from files, folders (recursively: `.yaml`, `.yml`, `.json`), standard input or text:
/// multi-document streams, `kind: List` and typed lists (`PodList`, ...), JSON; decodes the kinds PodFence
/// models (a Docker Enterprise `Topology` among them) once each, keeps the others as `UnmodelledObject` values
/// with a note, and validates what it decodes.
public struct ManifestLoader: Sendable {
    /// Limits against hostile input.
    public var limits: ReadLimits
    /// Whether decoded objects are validated.
    public var validates: Bool
    /// The validation choices.
    public var validation: ValidationOptions

    /// Creates a loader.
    /// - Parameters:
    ///   - limits: Limits against hostile input.
    ///   - validates: Whether to validate decoded objects.
    ///   - validation: Validation choices.
    public init(limits: ReadLimits = .default, validates: Bool = true, validation: ValidationOptions = .init()) {
        self.limits = limits
        self.validates = validates
        self.validation = validation
    }

    /// Loads files and folders; `-` reads standard input.
    /// - Parameter paths: The paths.
    /// - Returns: The objects and diagnostics of all of them.
    public func load(paths: [String]) -> LoadResult {
        var result = LoadResult()
        for path in paths {
            if path == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                merge(load(bytes: [UInt8](data), file: "-"), into: &result)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.diagnostics.append(
                    Diagnostic(
                        .error, code: .pathNotFound, message: "no such file or folder",
                        location: SourceLocation(file: path)))
                continue
            }
            let files = isDirectory.boolValue ? manifestFiles(in: path) : [path]
            if isDirectory.boolValue && files.isEmpty {
                result.diagnostics.append(
                    Diagnostic(
                        .warning, code: .folderWithoutManifests,
                        message: "the folder holds no .yaml, .yml or .json file",
                        location: SourceLocation(file: path)))
            }
            for file in files {
                merge(loadFile(file), into: &result)
            }
        }
        result.diagnostics.sort(by: Self.diagnosticOrder)
        return result
    }

    /// Loads one file.
    /// - Parameter file: The path.
    public func loadFile(_ file: String) -> LoadResult {
        if let attributes = try? FileManager.default.attributesOfItem(atPath: file),
            let size = attributes[.size] as? Int, size > limits.maxInputBytes
        {
            var result = LoadResult()
            result.files = [file]
            result.diagnostics.append(
                Diagnostic(
                    .error, code: .inputTooLarge,
                    message: "file is \(size) bytes, more than the limit of \(limits.maxInputBytes) bytes "
                        + "(ReadLimits.maxInputBytes); split it or raise the limit",
                    location: SourceLocation(file: file)))
            return result
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            var result = LoadResult()
            result.diagnostics.append(
                Diagnostic(
                    .error, code: .fileUnreadable, message: "the file cannot be read",
                    location: SourceLocation(file: file)))
            return result
        }
        return load(bytes: [UInt8](data), file: file)
    }

    /// Loads text.
    /// - Parameters:
    ///   - text: YAML or JSON.
    ///   - file: The name used in locations.
    public func load(text: String, file: String) -> LoadResult {
        load(bytes: Array(text.utf8), file: file)
    }

    /// Loads bytes.
    /// - Parameters:
    ///   - bytes: YAML or JSON, UTF-8 (or UTF-16 with a byte-order mark).
    ///   - file: The name used in locations.
    public func load(bytes: [UInt8], file: String) -> LoadResult {
        var result = LoadResult()
        result.files = [file]
        let read = YAMLReader(limits: limits).read(bytes: bytes, file: file)
        result.diagnostics = read.diagnostics
        for document in read.documents {
            decodeDocument(document, into: &result)
        }
        result.diagnostics.sort(by: Self.diagnosticOrder)
        return result
    }

    /// Decodes the objects of already-read documents.
    /// - Parameter documents: The documents.
    public func decode(documents: [ManifestDocument]) -> LoadResult {
        var result = LoadResult()
        for document in documents {
            decodeDocument(document, into: &result)
        }
        return result
    }

    private func decodeDocument(_ document: ManifestDocument, into result: inout LoadResult) {
        let root = document.root
        guard case .mapping = root.value else {
            result.diagnostics.append(
                Diagnostic(
                    .error, code: .documentNotMapping,
                    message: "a manifest document must be a mapping with apiVersion and kind, not "
                        + (root.sequence != nil ? "a list" : "a scalar"),
                    location: SourceLocation(file: document.file, mark: root.mark ?? document.start)))
            return
        }
        let kind = root["kind"]?.string ?? ""
        if kind == "List" || (kind.hasSuffix("List") && root["items"] != nil) {
            decodeList(root, kind: kind, file: document.file, comments: document.comments, into: &result)
        } else {
            decodeObject(root, file: document.file, path: FieldPath(), comments: document.comments, into: &result)
        }
    }

    /// `kind: List` (items carry their own apiVersion and kind) and typed lists such as `NetworkPolicyList`
    /// (items may omit them: they are the list's kind without `List`, in the list's apiVersion).
    private func decodeList(
        _ root: ManifestNode, kind: String, file: String, comments: ManifestComments, into result: inout LoadResult
    ) {
        guard let items = root["items"]?.sequence else {
            if case .null? = root["items"]?.value { return }
            if root["items"] == nil { return }
            result.diagnostics.append(
                Diagnostic(
                    .error, code: .wrongType, path: "items", message: "expected a list of objects",
                    location: SourceLocation(
                        file: file, mark: root["items"]?.mark ?? root.mark ?? SourceMark(line: 1, column: 1))))
            return
        }
        let itemKind = kind == "List" ? nil : String(kind.dropLast(4))
        let apiVersion = root["apiVersion"]?.string
        for (index, item) in items.enumerated() {
            var item = item
            if var mapping = item.mapping, let itemKind {
                if mapping["kind"] == nil { mapping["kind"] = .string(itemKind) }
                if mapping["apiVersion"] == nil, let apiVersion { mapping["apiVersion"] = .string(apiVersion) }
                item = ManifestNode(.mapping(mapping), mark: item.mark)
            }
            let path = FieldPath([.field("items"), .index(index)])
            // The list's own comments (a header, the footer) go with its first and last items.
            var itemComments = comments.subtree(at: path)
            if index == 0 {
                itemComments[FieldPath()].above = Self.listComments(comments) + itemComments[FieldPath()].above
            }
            if index == items.count - 1 { itemComments.footer = comments.footer }
            decodeObject(item, file: file, path: path, comments: itemComments, into: &result)
        }
    }

    private func decodeObject(
        _ node: ManifestNode, file: String, path: FieldPath, comments: ManifestComments, into result: inout LoadResult
    ) {
        let start = SourceLocation(file: file, mark: node.mark ?? SourceMark(line: 1, column: 1))
        func locate(_ diagnostic: Diagnostic) -> Diagnostic {
            var located = diagnostic
            if located.location == nil {
                let mark = node.mark(at: diagnostic.path) ?? node.mark
                located.location = mark.map { SourceLocation(file: file, mark: $0) } ?? start
            }
            return located
        }
        guard let mapping = node.mapping else {
            result.diagnostics.append(
                Diagnostic(
                    .error, code: .documentNotMapping, path: path, message: "expected an object (a mapping)",
                    location: start))
            return
        }
        var missing: [String] = []
        for field in ["apiVersion", "kind"] where mapping[field]?.string?.isEmpty ?? true { missing.append(field) }
        if !missing.isEmpty {
            result.diagnostics.append(
                Diagnostic(
                    .error, code: .missingAPIVersionOrKind, path: path,
                    message: "the object has no \(missing.joined(separator: " and ")); every manifest needs both "
                        + "(for example apiVersion: networking.k8s.io/v1, kind: NetworkPolicy)",
                    location: start))
            return
        }
        var decoder = ManifestDecoder()
        let object = KubernetesObject.decode(node, decoder: &decoder)
        if case .unmodelled(let unmodelled) = object {
            if let expected = KindRegistry.standard.servedAPIVersion(
                of: unmodelled.kind, writtenAs: unmodelled.apiVersion)
            {
                result.diagnostics.append(
                    locate(
                        Diagnostic(
                            .error, code: .unservedAPIVersion, path: "apiVersion",
                            message: "\(unmodelled.kind) is served as \(expected), not \(unmodelled.apiVersion)")))
                return
            }
            result.diagnostics.append(
                Diagnostic(
                    .note, code: .unmodelledKind, path: path,
                    message: "skipped \(unmodelled.kind) \(object.qualifiedName) (\(unmodelled.apiVersion)): "
                        + "PodFence does not analyse this kind; it is kept as written", location: start))
            result.objects.append(
                LoadedObject(
                    object: object, source: node, file: file, pathInDocument: path, comments: comments))
            return
        }
        var diagnostics = decoder.diagnostics
        if validates && !diagnostics.containsErrors {
            diagnostics += object.validate(options: validation)
        }
        result.diagnostics += diagnostics.map(locate)
        if !diagnostics.containsErrors {
            result.objects.append(
                LoadedObject(
                    object: object, source: node, file: file, pathInDocument: path, comments: comments))
        }
    }

    /// The comments of a list that are not inside one of its items (its header, and comments on its own
    /// fields), in the order of their fields.
    private static func listComments(_ comments: ManifestComments) -> [String] {
        let own = comments.paths.filter { $0.components.first != .field("items") || $0.components.count == 1 }
        return own.sorted { $0.description < $1.description }.flatMap { comments[$0].lines }
    }

    private func merge(_ other: LoadResult, into result: inout LoadResult) {
        result.objects += other.objects
        result.diagnostics += other.diagnostics
        result.files += other.files
    }

    /// Every `.yaml`, `.yml` and `.json` file under a folder, recursively, sorted; hidden entries skipped.
    private func manifestFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let lowered = name.lowercased()
            if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") || lowered.hasSuffix(".json") {
                let full = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files.append(full)
                }
            }
        }
        return files.sorted()
    }

    static func diagnosticOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (let left?, let right?) where left != right: return left < right
        case (nil, _?): return false
        case (_?, nil): return true
        default: return false
        }
    }
}
