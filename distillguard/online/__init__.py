"""The online path (gateway, replay): the batch detectors and risk model applied one exchange
at a time, with state per account (see scorer, state, guard)."""
