"""The shared shapes of Naming Stress Service."""
