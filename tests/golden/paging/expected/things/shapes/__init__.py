"""The shared shapes of Things Service."""
