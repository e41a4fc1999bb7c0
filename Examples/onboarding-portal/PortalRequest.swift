/// What a team asks the portal for: its namespace, the project it deploys, and the namespace of the ingress
/// controller that serves it.
///
/// ```
/// onboarding-portal --namespace NAMESPACE --project PROJECT [--ingress-namespace NAMESPACE]
/// ```
/// The values are checked by the templates (a namespace must be a DNS-1123 label, a project a label value), not
/// here: the portal passes on what the team typed.
struct PortalRequest {
    /// The team's namespace.
    var namespace: String
    /// The project, as the value of the `project` label of its pods.
    var project: String
    /// The ingress controller's namespace.
    var ingressNamespace: String

    /// The one-line usage, printed on standard error when the arguments do not fit.
    static let usage =
        "usage: onboarding-portal --namespace NAMESPACE --project PROJECT [--ingress-namespace NAMESPACE]"

    /// Reads the arguments (without the program's name).
    /// - Parameter arguments: The words.
    /// - Returns: nil when an option is unknown, lacks its value, or a required one is missing.
    init?(arguments: [String]) {
        var values: [String: String] = ["--ingress-namespace": "ingress-nginx"]
        var words = arguments[...]
        while let option = words.popFirst() {
            guard ["--namespace", "--project", "--ingress-namespace"].contains(option), let value = words.popFirst()
            else { return nil }
            values[option] = value
        }
        guard let namespace = values["--namespace"], let project = values["--project"],
            let ingressNamespace = values["--ingress-namespace"]
        else { return nil }
        self.namespace = namespace
        self.project = project
        self.ingressNamespace = ingressNamespace
    }
}
