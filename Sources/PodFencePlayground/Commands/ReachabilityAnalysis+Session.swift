import PodFence

extension ReachabilityAnalysis {
    /// Analyses a session's namespaces, pods, workloads and policies; policies carry the location they were
    /// loaded from, for explanations.
    /// - Parameters:
    ///   - session: The session.
    ///   - options: The engine options.
    init(session: Session, options: ReachabilityOptions) {
        self.init(objects: session.objects, options: options)
    }
}

extension Session {
    /// The loaded NetworkPolicies with where they were read, in load order (as
    /// ``ReachabilityAnalysis/init(objects:options:)`` takes them).
    var locatedPolicies: [LocatedPolicy] {
        objects.compactMap { loaded in
            if case .networkPolicy(let policy) = loaded.object {
                LocatedPolicy(policy, location: loaded.location)
            } else {
                nil
            }
        }
    }

    /// The loaded cluster-scoped policies with where they were read, in load order.
    var locatedClusterPolicies: [LocatedClusterPolicy] {
        objects.compactMap(\.locatedClusterPolicy)
    }

    /// The loaded Calico policies with where they were read, in load order.
    var locatedCalicoPolicies: [LocatedCalicoPolicy] {
        objects.compactMap(\.locatedCalicoPolicy)
    }

    /// The loaded Calico tiers, in load order.
    var calicoTiers: [CalicoTier] {
        objects.compactMap(\.calicoTier)
    }
}
