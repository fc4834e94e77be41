"""crawler/assign.py: rendezvous hashing of due sites onto Scrapyd nodes (pure)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.assign import NodeState, assign, ranking, weight

site_ids = st.lists(
    st.from_regex(r"[a-z][a-z0-9-]{1,20}", fullmatch=True), min_size=0, max_size=60, unique=True
)
node_names = st.lists(
    st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True), min_size=1, max_size=8, unique=True
)


def nodes_of(names: list[str], capacity: int = 10_000) -> list[NodeState]:
    return [NodeState(name, capacity) for name in names]


SITES = [f"site-{i:04d}" for i in range(3000)]


def test_weight_and_ranking_are_stable_values() -> None:
    # pinned: a change of hash would move every site of a running fleet
    assert weight("laocai-tinhuy", "crawl-1") == 2547947553003806618
    assert weight("laocai-tinhuy", "crawl-1") != weight("laocai-tinhuy", "crawl-2")
    assert ranking("a", ["x", "y", "z"]) == ranking("a", ["z", "y", "x"])


def test_adding_a_node_moves_about_one_in_n_sites() -> None:
    before = assign(SITES, nodes_of([f"n{i}" for i in range(9)])).placed
    after = assign(SITES, nodes_of([f"n{i}" for i in range(10)])).placed
    moved = [s for s in SITES if before[s] != after[s]]
    assert all(after[s] == "n9" for s in moved)  # only to the new node
    assert 0.07 * len(SITES) < len(moved) < 0.13 * len(SITES)  # ~1/10
    assert Counter(after.values()).most_common()[-1][1] > 0.07 * len(SITES)  # spread evenly


def test_a_down_node_gets_nothing_and_only_its_sites_move() -> None:
    names = [f"n{i}" for i in range(5)]
    up = assign(SITES[:500], nodes_of(names)).placed
    nodes = [NodeState(n, 10_000, up=(n != "n2")) for n in names]
    down = assign(SITES[:500], nodes).placed
    assert "n2" not in down.values()
    for site in SITES[:500]:
        if up[site] != "n2":
            assert down[site] == up[site]
        else:  # the next node of the site's own ranking
            assert down[site] == ranking(site, [n for n in names if n != "n2"])[0]


def test_a_full_node_passes_its_sites_to_the_next_in_their_ranking() -> None:
    nodes = [NodeState("a", 3, running=3), NodeState("b", 4, running=1), NodeState("c", 2)]
    result = assign(SITES[:20], nodes)
    assert Counter(result.placed.values()) == {"b": 3, "c": 2}
    assert len(result.waiting) == 15 and set(result.waiting) | set(result.placed) == set(SITES[:20])
    for site, node in result.placed.items():
        assert ranking(site, ["a", "b", "c"]).index(node) >= 0


def test_a_leased_site_is_never_assigned() -> None:
    result = assign(["a", "b", "c", "a"], [NodeState("n", 5)], leased={"b"})
    assert result.placed == {"a": "n", "c": "n"} and result.leased == ["b"] and not result.waiting


@settings(max_examples=150, deadline=None)
@given(
    sites=site_ids,
    names=node_names,
    data=st.data(),
)
def test_properties(sites: list[str], names: list[str], data: st.DataObject) -> None:
    nodes = [
        NodeState(
            name,
            capacity=data.draw(st.integers(1, 6)),
            running=data.draw(st.integers(0, 7)),
            up=data.draw(st.booleans()),
        )
        for name in names
    ]
    leased = set(data.draw(st.lists(st.sampled_from(sites), unique=True))) if sites else set()
    result = assign(sites, nodes, leased)
    # deterministic, and every due site is accounted for exactly once
    assert assign(list(sites), list(nodes), set(leased)) == result
    assert sorted([*result.placed, *result.waiting, *result.leased]) == sorted(sites)
    assert not set(result.placed) & leased
    # no node over capacity; a down node gets nothing
    load = Counter(result.placed.values())
    for node in nodes:
        assert load[node.name] <= node.free
    # a site waits only when every node is full; a placed site skipped only full/down nodes
    if result.waiting:
        assert all(load[n.name] == n.free for n in nodes)
    for site, chosen in result.placed.items():
        for better in ranking(site, names):
            if better == chosen:
                break
            node = next(n for n in nodes if n.name == better)
            assert node.free == 0 or load[better] == node.free


@settings(max_examples=60, deadline=None)
@given(sites=site_ids, names=node_names, extra=st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True))
def test_adding_a_node_with_room_moves_sites_only_to_it(sites: list[str], names: list[str], extra: str) -> None:
    if extra in names:
        return
    before = assign(sites, nodes_of(names)).placed
    after = assign(sites, nodes_of([*names, extra])).placed
    assert all(after[s] == extra for s in sites if before[s] != after[s])
