"""The shared shapes of Feature Test Service."""
