"""The second sealed part (``SEALED2`` in ``tests.sealed``): five more portal template
families built once on 2026-11-30 with hand-written truth, after the first sealed part had
been scored many times while the generic path was tuned. Scored once when built; never
looked into, never tuned on (see ``tests/sealed/README.md``)."""
