"""Site inference: a site's structure from a sample of its own pages (see :mod:`.model`).

The model's data classes come from :mod:`.modeldata`; :func:`infer` is imported when it is
first asked for (the inference's modules are the workers': a crawl process that only
unpickles a model never imports them).
"""

from typing import Any

from pipelines.inference.modeldata import Field, Rule, SiteModel

__all__ = ["Field", "Rule", "SiteModel", "infer"]


def __getattr__(name: str) -> Any:
    if name == "infer":
        from pipelines.inference.model import infer

        globals()["infer"] = infer
        return infer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
