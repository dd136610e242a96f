"""The shared shapes of Amazon Connect Service."""
