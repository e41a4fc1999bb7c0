import Foundation
import PodFenceModel
import PodFenceTemplates
import PodFenceYAML
import Testing

/// The built-in templates and bundles: valid output, sound definitions, clear errors.
@Suite("Built-in templates")
struct BuiltInTests {
    let catalog = TemplateCatalog.builtIn

    @Test("every built-in template has an example, and each renders valid objects", arguments: Support.templateExamples)
    func templateOutputIsValid(_ example: Example) throws {
        let rendering = try catalog.render(example.name, example.arguments)
        #expect(!rendering.objects.isEmpty)
        #expect(rendering.diagnostics.isEmpty)
        for object in rendering.objects {
            #expect(object.validate(options: ValidationOptions(strictCIDR: true, requireNamespace: true)).isEmpty)
        }
        #expect(Set(catalog.templates.map(\.name)) == Set(Support.templateExamples.map(\.name)))
    }

    @Test("every built-in bundle renders valid objects", arguments: Support.bundleExamples)
    func bundleOutputIsValid(_ example: Example) throws {
        let rendering = try catalog.renderBundle(example.name, example.arguments)
        for object in rendering.objects {
            #expect(object.validate(options: ValidationOptions(strictCIDR: true, requireNamespace: true)).isEmpty)
        }
        #expect(Set(catalog.bundles.map(\.name)) == Set(Support.bundleExamples.map(\.name)))
    }

    @Test("parameter names are valid and unique; defaults are valid for their kinds")
    func definitions() throws {
        for template in catalog.templates {
            #expect(Set(template.parameters.map(\.name)).count == template.parameters.count)
            #expect(template.parameters.allSatisfy { TemplateParameter.isValidName($0.name) })
            #expect(template.parameters.allSatisfy { !$0.description.isEmpty })
            #expect(NameValidation.dns1123LabelErrors(template.name).isEmpty)
            // Only required parameters given: every default is checked.
            let required = template.parameters.filter(\.isRequired).map(\.name)
            let example = try #require(Support.templateExamples.first { $0.name == template.name })
            _ = try template.render(example.arguments.filter { required.contains($0.key) })
        }
    }

    @Test("bundle steps name known templates and bind every required parameter to declared ones")
    func bundleDefinitions() {
        for bundle in catalog.bundles {
            let declared = Set(bundle.parameters.map(\.name))
            for step in bundle.steps {
                guard let template = catalog.template(named: step.template) else {
                    Issue.record("\(bundle.name): no template \(step.template)")
                    continue
                }
                let names = Set(template.parameters.map(\.name))
                #expect(Set(step.arguments.keys).isSubset(of: names), "\(bundle.name)/\(step.template)")
                for parameter in template.parameters where parameter.isRequired {
                    #expect(step.arguments[parameter.name] != nil, "\(bundle.name) leaves \(parameter.name) unbound")
                }
                for binding in step.arguments.values {
                    let referenced = binding.split(separator: "{{").dropFirst().compactMap {
                        $0.split(separator: "}}").first?.trimmingCharacters(in: .whitespaces)
                    }
                    #expect(referenced.allSatisfy(declared.contains), "\(bundle.name): \(binding)")
                }
            }
        }
    }

    @Test("a missing parameter is named, with what would be valid")
    func missing() {
        let error = Support.renderError { () throws(TemplateError) in try catalog.render("deny-all") }
        #expect(error?.code == .missingParameter)
        #expect(
            error?.description
                == "error: template deny-all: parameter namespace: required, give namespace=VALUE with a namespace "
                + "name (a DNS-1123 label: at most 63 characters of a-z, 0-9 and '-', starting and ending with a "
                + "letter or digit, such as ns-app1)")
    }

    @Test("an unknown parameter is named, with the parameters the template takes")
    func unknown() {
        let error = Support.renderError { () throws(TemplateError) in
            try catalog.render("deny-all", ["namespace": "ns-app1", "namespce": "x"])
        }
        #expect(error?.code == .unknownParameter)
        #expect(
            error?.description
                == "error: template deny-all: parameter namespce: no such parameter; deny-all takes namespace, name")
    }

    @Test("an invalid value is refused before rendering, with the rule and the expectation")
    func invalid() {
        let error = Support.renderError { () throws(TemplateError) in
            try catalog.render("deny-all", ["namespace": "Team_A"])
        }
        #expect(error?.code == .invalidValue)
        #expect(error?.template == "deny-all")
        #expect(error?.parameter == "namespace")
        #expect(error?.message.hasPrefix("invalid value \"Team_A\": a lowercase RFC 1123 label must consist") == true)
        #expect(error?.message.hasSuffix("; expected " + ParameterKind.namespaceName.expectation) == true)
    }

    @Test("a default computed from other parameters is checked like a value")
    func derivedDefault() throws {
        let rendering = try catalog.render(
            "allow-ingress-from-namespace", ["namespace": "ns-app1", "from-namespace": "ingress-nginx"])
        #expect(rendering.objects.first?.metadata.name == "allow-ingress-from-ingress-nginx")
        // A 63-character namespace gives an 83-character name: a valid subdomain.
        let long = String(repeating: "a", count: 63)
        let longRendering = try catalog.render(
            "allow-ingress-from-namespace", ["namespace": "ns-app1", "from-namespace": long])
        #expect(longRendering.objects.first?.metadata.name == "allow-ingress-from-" + long)
    }

    @Test("unknown templates and bundles are named, with the known ones")
    func unknownNames() {
        let template = Support.renderError { () throws(TemplateError) in try catalog.render("deny") }
        #expect(template?.code == .unknownTemplate)
        #expect(template?.message.contains("deny-all") == true)
        let bundle = Support.renderError { () throws(TemplateError) in try catalog.renderBundle("deny-all") }
        #expect(
            bundle?.message
                == "no bundle named deny-all; bundles: onboarding, deployment, cluster-governance, "
                + "cluster-governance-calico")
    }

    @Test("a bundle refuses two objects with the same name")
    func duplicateObjects() {
        let error = Support.renderError { () throws(TemplateError) in
            try catalog.renderBundle(
                "deployment",
                ["namespace": "ns-app1", "project": "p", "ingress-policy-name": "allow-internal-ingress"])
        }
        #expect(error?.code == .duplicateName)
        #expect(
            error?.message
                == "renders NetworkPolicy ns-app1/allow-internal-ingress twice; give the objects different names")
    }

    @Test("allow-egress-to-cidr: a protocol alone allows all its ports; a port alone is TCP; neither allows all")
    func egressPorts() throws {
        func ports(_ extra: [String: String]) throws -> [NetworkPolicyPort]? {
            let rendering = try catalog.render(
                "allow-egress-to-cidr", ["namespace": "n", "cidr": "192.0.2.0/24"].merging(extra) { $1 })
            guard case .networkPolicy(let policy)? = rendering.objects.first else { return nil }
            #expect(policy.spec.egress?.first?.to == [.ipBlock("192.0.2.0/24")])
            return policy.spec.egress?.first?.ports
        }
        #expect(try ports([:]) == nil)
        #expect(try ports(["protocol": "UDP"]) == [.all(.udp)])
        #expect(try ports(["port": "443"]) == [.tcp(443)])
        #expect(try ports(["port": "dns", "protocol": "UDP"]) == [.named("dns", protocol: .udp)])
    }

    @Test("a Swift-defined template whose objects are invalid is refused with the validation diagnostics")
    func invalidOutput() {
        let broken = Template(name: "broken", description: "Ends a port range before it starts.", parameters: []) { _ in
            [.networkPolicy(NetworkPolicy(name: "x", namespace: "n").allowingIngress(ports: [.tcp(90, through: 80)]))]
        }
        let error = Support.renderError { () throws(TemplateError) in try broken.render() }
        #expect(error?.code == .invalidOutput)
        #expect(error?.diagnostics.containsErrors == true)
        #expect(error?.description.contains("spec.ingress[0].ports[0].endPort") == true)
    }
}
