"""The operations of EC2 Feature Test Service, one module each."""
