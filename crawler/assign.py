"""Which Scrapyd node crawls which due site: rendezvous (highest-random-weight) hashing.

Every (site, node) pair gets a pseudo-random weight from a hash of both names; a site's
*ranking* is the nodes by falling weight, and the site goes to the first node of its ranking
that is up and has a free crawl slot. The weight of a pair never depends on the other nodes,
so adding a node moves only the sites that rank the new node first (about 1/n of them), and
removing one moves only its own sites; nothing is stored between runs. A site that holds a
live lease (a crawl of it is running or pending somewhere) is never assigned.

Pure: no I/O, no clock. ``run-due --fleet`` feeds it the due sites (most overdue first, which
is the order free slots are handed out in), the nodes' state as Scrapyd reports it, and the
sites with a live lease in the central archive (:mod:`archive.leases`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class NodeState:
    """A node as ``run-due`` sees it now: ``running`` counts its pending and running jobs."""

    name: str
    capacity: int  # crawls at once (the fleet file's max_crawls)
    running: int = 0
    up: bool = True

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.running) if self.up else 0


@dataclass
class Assignment:
    """The decision: ``placed`` site -> node; ``waiting``: due, but no node had a free slot;
    ``leased``: due, but a crawl of it holds a live lease."""

    placed: dict[str, str] = field(default_factory=dict)
    waiting: list[str] = field(default_factory=list)
    leased: list[str] = field(default_factory=list)

    def by_node(self) -> dict[str, list[str]]:
        """The placed sites of each node, in assignment order."""
        grouped: dict[str, list[str]] = {}
        for site, node in self.placed.items():
            grouped.setdefault(node, []).append(site)
        return grouped


def weight(site_id: str, node_name: str) -> int:
    """The rendezvous weight of a (site, node) pair: 64 bits of BLAKE2b over both names."""
    digest = hashlib.blake2b(f"{site_id}\x00{node_name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def ranking(site_id: str, nodes: Iterable[str]) -> list[str]:
    """The node names by falling weight for ``site_id`` (ties, which 64 bits make
    practically impossible, by name)."""
    return sorted(nodes, key=lambda name: (-weight(site_id, name), name))


def assign(
    due: Sequence[str], nodes: Sequence[NodeState], leased: Collection[str] = ()
) -> Assignment:
    """Place each due site (in the given order) on the best node of its ranking with a free
    slot; see the module docstring. Deterministic: the same input gives the same output."""
    names = [node.name for node in nodes]
    if len(set(names)) != len(names):
        raise ValueError("node names must be unique")
    free = {node.name: node.free for node in nodes}
    live = set(leased)
    result = Assignment()
    seen: set[str] = set()
    for site in due:
        if site in seen:
            continue
        seen.add(site)
        if site in live:
            result.leased.append(site)
            continue
        if not any(free.values()):
            result.waiting.append(site)
            continue
        for name in ranking(site, names):
            if free[name] > 0:
                free[name] -= 1
                result.placed[site] = name
                break
        else:  # pragma: no cover - some node had a free slot
            result.waiting.append(site)
    return result
