"""The shared shapes of Query Feature Test Service."""
