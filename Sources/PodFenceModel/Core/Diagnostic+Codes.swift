// The diagnostic codes of the model's rules: validation, decoding and migration. docs/manifests.md lists each
// with its rule (the E codes: docs/docker-enterprise.md). Raise sites name these constants, never the text.

extension Diagnostic.Code {
    // MARK: D, decoding: a field of the wrong type or size

    /// `D01`: a field has the wrong type (the hint says to quote YAML 1.1 booleans or unquote numbers).
    public static let wrongType = Diagnostic.Code(rawValue: "D01")
    /// `D02`: an integer does not fit in 64 bits.
    public static let integerOverflow = Diagnostic.Code(rawValue: "D02")

    // MARK: V, metadata

    /// `V01`: `metadata.name` (or `generateName`) is missing.
    public static let nameRequired = Diagnostic.Code(rawValue: "V01")
    /// `V02`: `metadata.name` is not a valid name for the kind (a DNS subdomain or label).
    public static let invalidName = Diagnostic.Code(rawValue: "V02")
    /// `V03`: `metadata.name` is longer than the kind allows.
    public static let nameTooLong = Diagnostic.Code(rawValue: "V03")
    /// `V04`: `metadata.generateName` is not a valid name prefix.
    public static let invalidGenerateName = Diagnostic.Code(rawValue: "V04")
    /// `V05`: a namespaced object has no `metadata.namespace` (an error where one is required, else a warning).
    public static let namespaceRequired = Diagnostic.Code(rawValue: "V05")
    /// `V06`: `metadata.namespace` is not a valid namespace name.
    public static let invalidNamespace = Diagnostic.Code(rawValue: "V06")
    /// `V07`: a label key or value is invalid.
    public static let invalidLabel = Diagnostic.Code(rawValue: "V07")
    /// `V08`: an annotation key is invalid, or the annotations are too large.
    public static let invalidAnnotation = Diagnostic.Code(rawValue: "V08")
    /// `V09`: an update changes `metadata.name` or `metadata.namespace`, which are immutable.
    public static let immutableMetadataChanged = Diagnostic.Code(rawValue: "V09")

    // MARK: N, Namespaces

    /// `N01`: warning: a Namespace's `kubernetes.io/metadata.name` label differs from its name.
    public static let namespaceNameLabelMismatch = Diagnostic.Code(rawValue: "N01")

    // MARK: S, label selectors

    /// `S01`: a `matchLabels` key is invalid.
    public static let invalidMatchLabelsKey = Diagnostic.Code(rawValue: "S01")
    /// `S02`: a `matchLabels` value is invalid.
    public static let invalidMatchLabelsValue = Diagnostic.Code(rawValue: "S02")
    /// `S03`: a `matchExpressions` requirement with `In` or `NotIn` has no `values`.
    public static let selectorValuesRequired = Diagnostic.Code(rawValue: "S03")
    /// `S04`: a `matchExpressions` requirement with `Exists` or `DoesNotExist` has `values`.
    public static let selectorValuesForbidden = Diagnostic.Code(rawValue: "S04")
    /// `S05`: a `matchExpressions` operator is not `In`, `NotIn`, `Exists` or `DoesNotExist`.
    public static let unknownSelectorOperator = Diagnostic.Code(rawValue: "S05")
    /// `S06`: a `matchExpressions` key is invalid.
    public static let invalidMatchExpressionsKey = Diagnostic.Code(rawValue: "S06")
    /// `S07`: a `matchExpressions` value is invalid.
    public static let invalidMatchExpressionsValue = Diagnostic.Code(rawValue: "S07")

    // MARK: P, NetworkPolicy ports

    /// `P01`: a NetworkPolicy port's protocol is not `TCP`, `UDP` or `SCTP`.
    public static let unsupportedPortProtocol = Diagnostic.Code(rawValue: "P01")
    /// `P02`: a NetworkPolicy port number is outside 1-65535.
    public static let portOutOfRange = Diagnostic.Code(rawValue: "P02")
    /// `P03`: a NetworkPolicy named port is not an IANA service name.
    public static let invalidPortName = Diagnostic.Code(rawValue: "P03")
    /// `P04`: `endPort` is set without `port`.
    public static let endPortWithoutPort = Diagnostic.Code(rawValue: "P04")
    /// `P05`: `endPort` is set with a named `port`.
    public static let endPortWithNamedPort = Diagnostic.Code(rawValue: "P05")
    /// `P06`: `endPort` is below `port`.
    public static let endPortBelowPort = Diagnostic.Code(rawValue: "P06")
    /// `P07`: `endPort` is outside 1-65535.
    public static let endPortOutOfRange = Diagnostic.Code(rawValue: "P07")

    // MARK: R, NetworkPolicy peers

    /// `R01`: a NetworkPolicy peer sets no field.
    public static let emptyPeer = Diagnostic.Code(rawValue: "R01")
    /// `R02`: a NetworkPolicy peer sets `ipBlock` beside another field.
    public static let ipBlockWithOtherPeer = Diagnostic.Code(rawValue: "R02")

    // MARK: I, ipBlock

    /// `I01`: `ipBlock.cidr` is missing.
    public static let ipBlockCIDRRequired = Diagnostic.Code(rawValue: "I01")
    /// `I02`: `ipBlock.cidr` is not a CIDR.
    public static let invalidIPBlockCIDR = Diagnostic.Code(rawValue: "I02")
    /// `I03`: a CIDR in a form Kubernetes warns about (leading zeros, host bits); an error with strict CIDRs.
    public static let nonCanonicalCIDR = Diagnostic.Code(rawValue: "I03")
    /// `I04`: an `ipBlock.except` entry is not a CIDR.
    public static let invalidExceptCIDR = Diagnostic.Code(rawValue: "I04")
    /// `I05`: an `ipBlock.except` entry is not strictly inside `cidr`.
    public static let exceptOutsideCIDR = Diagnostic.Code(rawValue: "I05")

    // MARK: T, policyTypes

    /// `T01`: more than two `policyTypes`.
    public static let tooManyPolicyTypes = Diagnostic.Code(rawValue: "T01")
    /// `T02`: a `policyTypes` entry is not `Ingress` or `Egress`.
    public static let unsupportedPolicyType = Diagnostic.Code(rawValue: "T02")

    // MARK: W, pods and workloads

    /// `W01`: a pod template has no containers.
    public static let containersRequired = Diagnostic.Code(rawValue: "W01")
    /// `W02`: a container name is missing or invalid.
    public static let invalidContainerName = Diagnostic.Code(rawValue: "W02")
    /// `W03`: two containers share a name.
    public static let duplicateContainerName = Diagnostic.Code(rawValue: "W03")
    /// `W04`: a `containerPort` is missing or outside 1-65535.
    public static let containerPortOutOfRange = Diagnostic.Code(rawValue: "W04")
    /// `W05`: a container port's protocol is not `TCP`, `UDP` or `SCTP`.
    public static let unsupportedContainerPortProtocol = Diagnostic.Code(rawValue: "W05")
    /// `W06`: a container port's name is not an IANA service name.
    public static let invalidContainerPortName = Diagnostic.Code(rawValue: "W06")
    /// `W07`: two ports of a container share a name.
    public static let duplicateContainerPortName = Diagnostic.Code(rawValue: "W07")
    /// `W08`: a workload has no `selector`.
    public static let workloadSelectorRequired = Diagnostic.Code(rawValue: "W08")
    /// `W09`: a workload's `selector` is empty.
    public static let emptyWorkloadSelector = Diagnostic.Code(rawValue: "W09")
    /// `W10`: a workload's `selector` does not match its template's labels.
    public static let selectorNotMatchingTemplate = Diagnostic.Code(rawValue: "W10")
    /// `W11`: a workload has no pod `template` (or a CronJob no `jobTemplate`).
    public static let podTemplateRequired = Diagnostic.Code(rawValue: "W11")
    /// `W12`: a workload's `replicas` is negative.
    public static let negativeReplicas = Diagnostic.Code(rawValue: "W12")

    // MARK: K, cluster policies (AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy)

    /// `K01`: a ClusterNetworkPolicy's `spec.tier` is missing or not `Admin` or `Baseline`.
    public static let invalidClusterPolicyTier = Diagnostic.Code(rawValue: "K01")
    /// `K02`: a cluster policy's `spec.priority` is missing or outside 0-1000.
    public static let invalidClusterPolicyPriority = Diagnostic.Code(rawValue: "K02")
    /// `K03`: a cluster policy's `spec.subject` is missing or does not set exactly one of `namespaces` or `pods`.
    public static let invalidClusterPolicySubject = Diagnostic.Code(rawValue: "K03")
    /// `K04`: a `pods` selector (subject or peer) has no `podSelector`.
    public static let podSelectorRequired = Diagnostic.Code(rawValue: "K04")
    /// `K05`: a cluster policy has more rules in a direction than its kind allows.
    public static let tooManyClusterPolicyRules = Diagnostic.Code(rawValue: "K05")
    /// `K06`: a cluster policy rule's `action` is missing or not one its kind allows.
    public static let invalidClusterPolicyAction = Diagnostic.Code(rawValue: "K06")
    /// `K07`: a cluster policy rule's `name` is longer than 100 characters.
    public static let clusterPolicyRuleNameTooLong = Diagnostic.Code(rawValue: "K07")
    /// `K08`: a cluster policy rule's `from` or `to` is missing, empty or has more peers than its kind allows.
    public static let clusterPolicyPeerCountOutOfRange = Diagnostic.Code(rawValue: "K08")
    /// `K09`: a cluster policy peer does not set exactly one field.
    public static let peerNotExactlyOneField = Diagnostic.Code(rawValue: "K09")
    /// `K10`: a cluster policy peer field is not allowed in that direction or kind.
    public static let peerFieldNotAllowed = Diagnostic.Code(rawValue: "K10")
    /// `K11`: `networks` or `domainNames` has no item or more than 25.
    public static let peerItemCountOutOfRange = Diagnostic.Code(rawValue: "K11")
    /// `K12`: a `networks` entry is not a CIDR its kind accepts, or is longer than 43 characters.
    public static let invalidNetwork = Diagnostic.Code(rawValue: "K12")
    /// `K13`: `networks` or `domainNames` repeats an item.
    public static let duplicateNetworkOrDomain = Diagnostic.Code(rawValue: "K13")
    /// `K14`: a `domainNames` entry does not match the domain-name pattern.
    public static let invalidDomainName = Diagnostic.Code(rawValue: "K14")
    /// `K15`: a `domainNames` peer is in a rule whose action does not accept.
    public static let domainNamesOutsideAcceptingRule = Diagnostic.Code(rawValue: "K15")
    /// `K16`: `protocols` or `ports` is empty or has more entries than its kind allows.
    public static let clusterPolicyPortCountOutOfRange = Diagnostic.Code(rawValue: "K16")
    /// `K17`: a `protocols` or `ports` entry does not set exactly one of its fields.
    public static let portEntryNotExactlyOneField = Diagnostic.Code(rawValue: "K17")
    /// `K18`: a cluster policy port number, range start or range end is missing or outside 1-65535.
    public static let clusterPolicyPortOutOfRange = Diagnostic.Code(rawValue: "K18")
    /// `K19`: a cluster policy port range's start is not below its end.
    public static let portRangeStartNotBelowEnd = Diagnostic.Code(rawValue: "K19")
    /// `K20`: a cluster policy named port is not an IANA service name.
    public static let invalidClusterPolicyNamedPort = Diagnostic.Code(rawValue: "K20")
    /// `K21`: a cluster policy `ports` protocol is not `TCP`, `UDP` or `SCTP`.
    public static let unsupportedClusterPolicyPortProtocol = Diagnostic.Code(rawValue: "K21")
    /// `K22`: an egress rule has a named port and a peer that has no named ports (networks, nodes, domainNames).
    public static let namedPortToPeerWithoutPorts = Diagnostic.Code(rawValue: "K22")
    /// `K23`: a BaselineAdminNetworkPolicy's `metadata.name` is not `default`.
    public static let singletonNotNamedDefault = Diagnostic.Code(rawValue: "K23")
    /// `K24`: a BaselineAdminNetworkPolicy sets `spec.priority`.
    public static let priorityOnBaselinePolicy = Diagnostic.Code(rawValue: "K24")
    /// `K25`: warning: a cluster policy's `metadata.namespace` is ignored.
    public static let clusterPolicyNamespaceIgnored = Diagnostic.Code(rawValue: "K25")

    // MARK: C, Calico policies and tiers

    /// `C01`: a Calico policy's `spec.tier` is not a DNS-1123 subdomain.
    public static let invalidCalicoTierName = Diagnostic.Code(rawValue: "C01")
    /// `C02`: a Calico `order` is not a finite number.
    public static let nonFiniteOrder = Diagnostic.Code(rawValue: "C02")
    /// `C03`: warning: a Calico `order` is negative.
    public static let negativeOrder = Diagnostic.Code(rawValue: "C03")
    /// `C04`: a Calico Tier's `defaultAction` is not `Deny` or `Pass`.
    public static let invalidTierDefaultAction = Diagnostic.Code(rawValue: "C04")
    /// `C05`: a built-in Calico tier changes its order or default action, or has no order.
    public static let builtInTierChanged = Diagnostic.Code(rawValue: "C05")
    /// `C06`: a Calico policy's `types` is empty, has more than two entries, an unknown one or a duplicate.
    public static let invalidCalicoTypes = Diagnostic.Code(rawValue: "C06")
    /// `C07`: a Calico selector does not parse.
    public static let invalidCalicoSelector = Diagnostic.Code(rawValue: "C07")
    /// `C08`: a Calico selector is longer than 1024 characters.
    public static let calicoSelectorTooLong = Diagnostic.Code(rawValue: "C08")
    /// `C09`: `global()` is used outside a rule's `namespaceSelector`.
    public static let globalOutsideNamespaceSelector = Diagnostic.Code(rawValue: "C09")
    /// `C10`: a Calico rule's `action` is missing or not `Allow`, `Deny`, `Log` or `Pass`.
    public static let invalidCalicoAction = Diagnostic.Code(rawValue: "C10")
    /// `C11`: a Calico `protocol` or `notProtocol` is not a known name or 1-255.
    public static let invalidCalicoProtocol = Diagnostic.Code(rawValue: "C11")
    /// `C12`: a Calico `ipVersion` is not 4 or 6, or does not fit the ICMP protocol.
    public static let invalidIPVersion = Diagnostic.Code(rawValue: "C12")
    /// `C13`: a Calico `ports` or `notPorts` item is not a valid number, range or name, or there are more than 50.
    public static let invalidCalicoPort = Diagnostic.Code(rawValue: "C13")
    /// `C14`: Calico ports are set on a rule whose protocol is not TCP, UDP, SCTP or UDPLite.
    public static let portsWithoutPortProtocol = Diagnostic.Code(rawValue: "C14")
    /// `C15`: warning: a Calico named port that is not an IANA service name matches nothing.
    public static let unknownCalicoNamedPort = Diagnostic.Code(rawValue: "C15")
    /// `C16`: a Calico `nets` or `notNets` entry is not a CIDR or address, or there are more than 256.
    public static let invalidCalicoNets = Diagnostic.Code(rawValue: "C16")
    /// `C17`: warning: Calico `nets`/`notNets` mix IPv4 and IPv6, or differ from `ipVersion`.
    public static let mixedFamilyNets = Diagnostic.Code(rawValue: "C17")
    /// `C18`: a Calico `icmp`/`notICMP` with a type or code out of range, a code alone, or a non-ICMP protocol.
    public static let invalidICMPMatch = Diagnostic.Code(rawValue: "C18")
    /// `C19`: a Calico `http` match off an `Allow` TCP rule, with a bad path, or too many methods or paths.
    public static let invalidHTTPMatch = Diagnostic.Code(rawValue: "C19")
    /// `C20`: a Calico `services` match has no name or is combined with fields it excludes.
    public static let invalidServicesMatch = Diagnostic.Code(rawValue: "C20")
    /// `C21`: `preDNAT` with `doNotTrack` or egress, or `preDNAT`/`doNotTrack` without `applyOnForward`.
    public static let conflictingPreDNATOptions = Diagnostic.Code(rawValue: "C21")
    /// `C22`: a GlobalNetworkPolicy has more than 1024 rules in a direction.
    public static let tooManyCalicoRules = Diagnostic.Code(rawValue: "C22")
    /// `C23`: a GlobalNetworkPolicy-only field is set on a Calico NetworkPolicy built in code.
    public static let globalOnlyFieldOnNamespacedPolicy = Diagnostic.Code(rawValue: "C23")
    /// `C24`: warning: `metadata.namespace` on a GlobalNetworkPolicy or Tier is ignored.
    public static let globalObjectNamespaceIgnored = Diagnostic.Code(rawValue: "C24")
    /// `C25`: a `performanceHints` entry is not `AssumeNeededOnEveryNode`, or is repeated.
    public static let invalidPerformanceHint = Diagnostic.Code(rawValue: "C25")
    /// `C30`: warning: a Calico rule's `http` match is not evaluated.
    public static let httpNotEvaluated = Diagnostic.Code(rawValue: "C30")
    /// `C31`: warning: a Calico rule's `source.ports` or `source.notPorts` is not evaluated.
    public static let sourcePortsNotEvaluated = Diagnostic.Code(rawValue: "C31")
    /// `C32`: warning: a Calico rule's `serviceAccounts` match is not evaluated.
    public static let serviceAccountsNotEvaluated = Diagnostic.Code(rawValue: "C32")
    /// `C33`: warning: a Calico rule's `services` match is not evaluated.
    public static let servicesNotEvaluated = Diagnostic.Code(rawValue: "C33")
    /// `C34`: warning: a Calico rule's `icmp` or `notICMP` match is not evaluated.
    public static let icmpNotEvaluated = Diagnostic.Code(rawValue: "C34")
    /// `C35`: warning: a Calico policy's `serviceAccountSelector` is not evaluated.
    public static let serviceAccountSelectorNotEvaluated = Diagnostic.Code(rawValue: "C35")
    /// `C36`: warning: `doNotTrack`, `preDNAT` or `applyOnForward` set to true is not evaluated (host endpoints only).
    public static let hostEndpointOptionsNotEvaluated = Diagnostic.Code(rawValue: "C36")

    // MARK: M, migration to ClusterNetworkPolicy

    /// `M01`: migration: more than 25 rules in a direction.
    public static let tooManyRulesToMigrate = Diagnostic.Code(rawValue: "M01")
    /// `M02`: migration: more than 25 peers in a rule.
    public static let tooManyPeersToMigrate = Diagnostic.Code(rawValue: "M02")
    /// `M03`: migration: more than 25 ports in a rule.
    public static let tooManyPortsToMigrate = Diagnostic.Code(rawValue: "M03")
    /// `M04`: migration: a domain name the `v1alpha1` pattern accepts and the `v1alpha2` pattern refuses.
    public static let domainNameRefusedByV1Alpha2 = Diagnostic.Code(rawValue: "M04")
    /// `M05`: migration: a port an invalid source cannot express; the result keeps an empty entry in its place.
    public static let inexpressiblePort = Diagnostic.Code(rawValue: "M05")
    /// `M06`: migration note: a BaselineAdminNetworkPolicy gets the last priority of the Baseline tier.
    public static let baselinePriorityAssigned = Diagnostic.Code(rawValue: "M06")
    /// `M07`: migration warning: a field PodFence does not know is left out.
    public static let unknownFieldLeftOut = Diagnostic.Code(rawValue: "M07")
    /// `M08`: migration warning: a result takes the name of a loaded ClusterNetworkPolicy or of another result.
    public static let migratedNameTaken = Diagnostic.Code(rawValue: "M08")

    // MARK: E, Docker Enterprise topology

    /// `E01`: a topology's `spec.version` is not `3.0`, `3.1`, `3.2` or `mke3`.
    public static let unsupportedUCPVersion = Diagnostic.Code(rawValue: "E01")
    /// `E02`: a topology value outside its list (encapsulation, worker mesh, link form, purpose, role, kind).
    public static let unsupportedTopologyValue = Diagnostic.Code(rawValue: "E02")
    /// `E03`: `nodePortRange` is not `first-last` with 1 <= first <= last <= 65535.
    public static let invalidNodePortRange = Diagnostic.Code(rawValue: "E03")
    /// `E04`: a VLAN id is outside 1-4094.
    public static let vlanIDOutOfRange = Diagnostic.Code(rawValue: "E04")
    /// `E05`: a topology name (VLAN, node, team, organization, role, group, a grant's role) is missing or malformed.
    public static let invalidTopologyName = Diagnostic.Code(rawValue: "E05")
    /// `E06`: a topology entry is declared twice (VLAN, collection, node, address, team, role, group, link, operation).
    public static let duplicateTopologyEntry = Diagnostic.Code(rawValue: "E06")
    /// `E07`: a VLAN's `cidr` is missing, not a CIDR, or overlaps another VLAN's.
    public static let invalidVLANCIDR = Diagnostic.Code(rawValue: "E07")
    /// `E08`: a node address is not an IP address or lies outside its VLAN.
    public static let invalidNodeAddress = Diagnostic.Code(rawValue: "E08")
    /// `E09`: a collection path is not `/` or `/name/...`, or a collection `id` cannot be part of a label key.
    public static let invalidCollectionPath = Diagnostic.Code(rawValue: "E09")
    /// `E10`: a collection's parent is neither built in nor declared.
    public static let undeclaredParentCollection = Diagnostic.Code(rawValue: "E10")
    /// `E11`: warning: a collection is nested deeper than two levels (deprecated since UCP 3.1).
    public static let collectionNestedTooDeep = Diagnostic.Code(rawValue: "E11")
    /// `E12`: a reference to a VLAN, collection, role or team the topology does not declare (a warning for a team).
    public static let undeclaredTopologyReference = Diagnostic.Code(rawValue: "E12")
    /// `E13`: a manager node is outside `/System`.
    public static let managerOutsideSystem = Diagnostic.Code(rawValue: "E13")
    /// `E14`: a topology label or node selector is not valid Kubernetes label syntax.
    public static let invalidTopologyLabel = Diagnostic.Code(rawValue: "E14")
    /// `E15`: a grant or link sets neither or both of `collection` and `namespace` (grant) or `nodeSelector` (link).
    public static let grantOrLinkTargetNotExactlyOne = Diagnostic.Code(rawValue: "E15")
    /// `E16`: a namespace named in the topology is not a DNS-1123 label.
    public static let invalidTopologyNamespace = Diagnostic.Code(rawValue: "E16")
    /// `E17`: a grant's subject is missing or has no name.
    public static let grantSubjectRequired = Diagnostic.Code(rawValue: "E17")
    /// `E18`: a custom role takes the name of a default role.
    public static let customRoleNamedLikeDefault = Diagnostic.Code(rawValue: "E18")
    /// `E19`: a custom-label link names a collection that declares no `nodeLabels`.
    public static let customLabelLinkWithoutNodeLabels = Diagnostic.Code(rawValue: "E19")
    /// `E20`: warning: a custom-label link's labels miss nodes of the collection or match nodes outside it.
    public static let customLabelsNotPinningCollection = Diagnostic.Code(rawValue: "E20")

    // MARK: CP, pod CIDR plan files

    /// `CP01`: a pod CIDR plan file has a field PodFence does not know.
    public static let unknownPlanField = Diagnostic.Code(rawValue: "CP01")
    /// `CP02`: a pod CIDR plan file's value has the wrong type or is not valid (also `apiVersion`, `kind`).
    public static let invalidPlanValue = Diagnostic.Code(rawValue: "CP02")
    /// `CP03`: a pod CIDR plan file does not hold exactly one document.
    public static let planFileNotOneDocument = Diagnostic.Code(rawValue: "CP03")
    /// `CP04`: warning: a pod CIDR plan file's CIDR is read leniently.
    public static let lenientPlanCIDR = Diagnostic.Code(rawValue: "CP04")

    // MARK: The list

    /// Every code declared here: the model's validation, decoding and migration rules, by letter.
    ///
    /// `M08` and `CP03` are raised by the playground (`migrate`, and `cidr plan --file` counting documents), but
    /// belong with the other codes of their letters.
    public static let modelCodes: [Diagnostic.Code] = [
        .wrongType, .integerOverflow,
        .nameRequired, .invalidName, .nameTooLong, .invalidGenerateName, .namespaceRequired, .invalidNamespace,
        .invalidLabel, .invalidAnnotation, .immutableMetadataChanged,
        .namespaceNameLabelMismatch,
        .invalidMatchLabelsKey, .invalidMatchLabelsValue, .selectorValuesRequired, .selectorValuesForbidden,
        .unknownSelectorOperator, .invalidMatchExpressionsKey, .invalidMatchExpressionsValue,
        .unsupportedPortProtocol, .portOutOfRange, .invalidPortName, .endPortWithoutPort, .endPortWithNamedPort,
        .endPortBelowPort, .endPortOutOfRange,
        .emptyPeer, .ipBlockWithOtherPeer,
        .ipBlockCIDRRequired, .invalidIPBlockCIDR, .nonCanonicalCIDR, .invalidExceptCIDR, .exceptOutsideCIDR,
        .tooManyPolicyTypes, .unsupportedPolicyType,
        .containersRequired, .invalidContainerName, .duplicateContainerName, .containerPortOutOfRange,
        .unsupportedContainerPortProtocol, .invalidContainerPortName, .duplicateContainerPortName,
        .workloadSelectorRequired, .emptyWorkloadSelector, .selectorNotMatchingTemplate, .podTemplateRequired,
        .negativeReplicas,
        .invalidClusterPolicyTier, .invalidClusterPolicyPriority, .invalidClusterPolicySubject, .podSelectorRequired,
        .tooManyClusterPolicyRules, .invalidClusterPolicyAction, .clusterPolicyRuleNameTooLong,
        .clusterPolicyPeerCountOutOfRange, .peerNotExactlyOneField, .peerFieldNotAllowed, .peerItemCountOutOfRange,
        .invalidNetwork, .duplicateNetworkOrDomain, .invalidDomainName, .domainNamesOutsideAcceptingRule,
        .clusterPolicyPortCountOutOfRange, .portEntryNotExactlyOneField, .clusterPolicyPortOutOfRange,
        .portRangeStartNotBelowEnd, .invalidClusterPolicyNamedPort, .unsupportedClusterPolicyPortProtocol,
        .namedPortToPeerWithoutPorts, .singletonNotNamedDefault, .priorityOnBaselinePolicy,
        .clusterPolicyNamespaceIgnored,
        .invalidCalicoTierName, .nonFiniteOrder, .negativeOrder, .invalidTierDefaultAction, .builtInTierChanged,
        .invalidCalicoTypes, .invalidCalicoSelector, .calicoSelectorTooLong, .globalOutsideNamespaceSelector,
        .invalidCalicoAction, .invalidCalicoProtocol, .invalidIPVersion, .invalidCalicoPort, .portsWithoutPortProtocol,
        .unknownCalicoNamedPort, .invalidCalicoNets, .mixedFamilyNets, .invalidICMPMatch, .invalidHTTPMatch,
        .invalidServicesMatch, .conflictingPreDNATOptions, .tooManyCalicoRules, .globalOnlyFieldOnNamespacedPolicy,
        .globalObjectNamespaceIgnored, .invalidPerformanceHint, .httpNotEvaluated, .sourcePortsNotEvaluated,
        .serviceAccountsNotEvaluated, .servicesNotEvaluated, .icmpNotEvaluated, .serviceAccountSelectorNotEvaluated,
        .hostEndpointOptionsNotEvaluated,
        .tooManyRulesToMigrate, .tooManyPeersToMigrate, .tooManyPortsToMigrate, .domainNameRefusedByV1Alpha2,
        .inexpressiblePort, .baselinePriorityAssigned, .unknownFieldLeftOut, .migratedNameTaken,
        .unsupportedUCPVersion, .unsupportedTopologyValue, .invalidNodePortRange, .vlanIDOutOfRange,
        .invalidTopologyName, .duplicateTopologyEntry, .invalidVLANCIDR, .invalidNodeAddress, .invalidCollectionPath,
        .undeclaredParentCollection, .collectionNestedTooDeep, .undeclaredTopologyReference, .managerOutsideSystem,
        .invalidTopologyLabel, .grantOrLinkTargetNotExactlyOne, .invalidTopologyNamespace, .grantSubjectRequired,
        .customRoleNamedLikeDefault, .customLabelLinkWithoutNodeLabels, .customLabelsNotPinningCollection,
        .unknownPlanField, .invalidPlanValue, .planFileNotOneDocument, .lenientPlanCIDR,
    ]
}
