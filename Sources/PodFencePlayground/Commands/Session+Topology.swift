import PodFence

extension Session {
    /// The loaded `podfence.dev/v1alpha1` `Topology` documents, decoded by the loader, in load order.
    var topologyDocuments: [Topology] {
        objects.compactMap { loaded in
            if case .topology(let topology) = loaded.object { return topology }
            return nil
        }
    }

    /// The session's topology: every loaded `Topology` document merged (``Topology/merged(_:)``).
    /// - Throws: ``CommandFailure`` when none is loaded.
    func topology() throws(CommandFailure) -> Topology {
        guard let topology = Topology.merged(topologyDocuments) else {
            throw CommandFailure(
                "no topology loaded: `topology load FILE` reads a podfence.dev/v1alpha1 Topology "
                    + "(Examples/topology has one)")
        }
        return topology
    }

    /// The loaded Kubernetes objects, topology documents and other unmodelled kinds left out.
    var kubernetesObjects: [KubernetesObject] {
        objects.compactMap { loaded in
            switch loaded.object {
            case .topology, .unmodelled: return nil
            default: return loaded.object
            }
        }
    }

    /// The session a topology analysis works on: with paths, a fresh session holding what they load (the
    /// current one is left alone, as `matrix` does); without, the current session.
    /// - Parameters:
    ///   - paths: Files or folders given to the command.
    ///   - context: The command's context (for paths and diagnostics).
    /// - Throws: ``CommandFailure`` when the paths do not load.
    static func analysed(paths: [String], context: inout CommandContext) throws(CommandFailure) -> Session {
        guard !paths.isEmpty else { return context.session }
        let objects = try context.objects(paths: paths, allDiagnostics: true) { errors in
            "nothing analysed: \(errors) error\(errors == 1 ? "" : "s")"
        }
        var session = Session()
        session.add(objects)
        return session
    }
}
