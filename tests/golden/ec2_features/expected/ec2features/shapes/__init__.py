"""The shared shapes of EC2 Feature Test Service."""
