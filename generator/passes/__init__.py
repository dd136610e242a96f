"""The passes that build the intermediate model, one module each, in order.

``generator.build`` runs them (amazonka's named passes are the model):

1. ``relations`` -- which operations are generated, which structures are
   reached from their inputs, outputs and errors, and which are read from
   responses or sent in requests;
2. ``naming`` -- every public name of the package is claimed once, in a
   fixed order, and shared structures are separated into modules (one per
   group of mutually recursive shapes);
3. ``types`` -- each shape as a :class:`~generator.ir.Type`;
4. ``members`` -- structures and their members: fields, wire names,
   locations and timestamp formats (the protocol decides where members go);
5. ``operations`` -- operations (with their HTTP binding) and errors;
   ``paging`` -- paginators and waiters: the typed expressions of their
   tokens, results and acceptors, and the client's method names;
6. ``scopes`` -- per generated module, the constants its checks name, the
   sibling classes it imports, whether it needs ``datetime``;
7. ``exports`` -- every public name and the module that defines it.
"""
