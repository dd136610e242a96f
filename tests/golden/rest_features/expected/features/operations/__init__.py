"""The operations of Feature Test Service, one module each."""
