"""Site inference: a site's structure from a sample of its own pages (see :mod:`.model`)."""

from pipelines.inference.model import Field, Rule, SiteModel, infer

__all__ = ["Field", "Rule", "SiteModel", "infer"]
