import PodFenceModel
import Testing

@Suite("KubernetesObject.validate dispatches by kind")
struct KubernetesObjectValidationTests {
    @Test("each modelled kind uses its own rules; unmodelled objects get nothing")
    func dispatch() {
        let policy = NetworkPolicy(name: "Bad_", namespace: "ns")
        #expect(KubernetesObject.networkPolicy(policy).validate() == policy.validate())
        #expect(KubernetesObject.networkPolicy(policy).validate().map(\.code) == [.invalidName])
        let namespace = Namespace(name: "a.b")
        #expect(KubernetesObject.namespace(namespace).validate() == namespace.validate())
        #expect(!namespace.validate().isEmpty)
        let pod = Pod(metadata: ObjectMeta(name: "p", namespace: "ns"))
        #expect(KubernetesObject.pod(pod).validate().map(\.code) == [.containersRequired])
        let workload = Workload(.deployment, name: "d", namespace: "ns", template: PodTemplateSpec())
        #expect(KubernetesObject.workload(workload).validate() == workload.validate())
        let service = UnmodelledObject(manifest: .mapping(["apiVersion": .string("v1"), "kind": .string("Service")]))
        #expect(KubernetesObject.unmodelled(service).validate().isEmpty)
    }

    @Test("options reach the per-kind validation")
    func options() {
        let object = KubernetesObject.networkPolicy(NetworkPolicy(metadata: ObjectMeta(name: "p")))
        #expect(object.validate().map(\.severity) == [.warning])
        #expect(object.validate(options: ValidationOptions(requireNamespace: true)).map(\.severity) == [.error])
    }
}
