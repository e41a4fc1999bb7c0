// The umbrella module: `import PodFence` gives the whole SDK. Tools that need only address math import
// `PodFenceCIDR` alone.
@_exported import PodFenceCIDR
@_exported import PodFenceModel
@_exported import PodFenceSelectors
@_exported import PodFenceTemplates
@_exported import PodFenceYAML
