import PodFenceModel

// The diagnostic codes of reading: YAML, files, documents and objects. docs/manifests.md lists each with its
// rule. The loader also raises the model's `D01` (`wrongType`) for a list's `items`.

extension Diagnostic.Code {
    // MARK: Y, YAML

    /// `Y00`: the YAML parser could not start or ran out of memory.
    public static let yamlParserUnavailable = Diagnostic.Code(rawValue: "Y00")
    /// `Y01`: a YAML syntax error.
    public static let yamlSyntax = Diagnostic.Code(rawValue: "Y01")
    /// `Y02`: the input is not valid UTF-8 (or UTF-16 with a byte-order mark).
    public static let invalidEncoding = Diagnostic.Code(rawValue: "Y02")
    /// `Y03`: a mapping repeats a key.
    public static let duplicateMappingKey = Diagnostic.Code(rawValue: "Y03")
    /// `Y04`: an alias refers to no anchor defined before it.
    public static let undefinedAlias = Diagnostic.Code(rawValue: "Y04")
    /// `Y05`: a value does not match its explicit core tag (`!!int abc`).
    public static let valueNotMatchingTag = Diagnostic.Code(rawValue: "Y05")
    /// `Y06`: warning: a tag Kubernetes gives no meaning; the value is read as a string.
    public static let unknownTag = Diagnostic.Code(rawValue: "Y06")
    /// `Y07`: a mapping or a list is used as a mapping key.
    public static let nonScalarMappingKey = Diagnostic.Code(rawValue: "Y07")
    /// `Y08`: a merge key (`<<`) takes something other than a mapping or a list of mappings.
    public static let invalidMergeKey = Diagnostic.Code(rawValue: "Y08")
    /// `Y10`: the input is larger than `ReadLimits.maxInputBytes`.
    public static let inputTooLarge = Diagnostic.Code(rawValue: "Y10")
    /// `Y11`: a document is larger than `ReadLimits.maxDocumentBytes`.
    public static let documentTooLarge = Diagnostic.Code(rawValue: "Y11")
    /// `Y12`: nesting is deeper than `ReadLimits.maxDepth` (or libyaml's limit).
    public static let nestingTooDeep = Diagnostic.Code(rawValue: "Y12")
    /// `Y13`: the input has more documents than `ReadLimits.maxDocuments`.
    public static let tooManyDocuments = Diagnostic.Code(rawValue: "Y13")
    /// `Y14`: a document has more nodes once its aliases are expanded than `ReadLimits.maxNodesPerDocument`.
    public static let tooManyNodes = Diagnostic.Code(rawValue: "Y14")

    // MARK: F, files and folders

    /// `F01`: a path does not exist.
    public static let pathNotFound = Diagnostic.Code(rawValue: "F01")
    /// `F02`: a file cannot be read.
    public static let fileUnreadable = Diagnostic.Code(rawValue: "F02")
    /// `F03`: warning: a folder holds no `.yaml`, `.yml` or `.json` file.
    public static let folderWithoutManifests = Diagnostic.Code(rawValue: "F03")

    // MARK: D, decoding: documents and objects

    /// `D03`: a document is not a mapping.
    public static let documentNotMapping = Diagnostic.Code(rawValue: "D03")
    /// `D04`: an object has no `apiVersion` or no `kind`.
    public static let missingAPIVersionOrKind = Diagnostic.Code(rawValue: "D04")
    /// `D05`: a modelled kind is written at an `apiVersion` Kubernetes does not serve.
    public static let unservedAPIVersion = Diagnostic.Code(rawValue: "D05")
    /// `D06`: note: an object of a kind PodFence does not analyse is kept as written.
    public static let unmodelledKind = Diagnostic.Code(rawValue: "D06")

    // MARK: The list

    /// Every code declared here: what reading YAML files into objects finds, by letter.
    public static let readingCodes: [Diagnostic.Code] = [
        .yamlParserUnavailable, .yamlSyntax, .invalidEncoding, .duplicateMappingKey, .undefinedAlias,
        .valueNotMatchingTag, .unknownTag, .nonScalarMappingKey, .invalidMergeKey, .inputTooLarge, .documentTooLarge,
        .nestingTooDeep, .tooManyDocuments, .tooManyNodes,
        .pathNotFound, .fileUnreadable, .folderWithoutManifests,
        .documentNotMapping, .missingAPIVersionOrKind, .unservedAPIVersion, .unmodelledKind,
    ]
}
