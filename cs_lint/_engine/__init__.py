"""
Layer 6, the engine: configuration, the rule registry (built-ins, packs,
plugins, selection) and the `Linter` that runs selected rules over one
document per reply.
"""
