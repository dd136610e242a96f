"""The operations of Naming Stress Service, one module each."""
