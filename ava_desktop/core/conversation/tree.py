"""The conversation as a tree: which messages exist, which version of each is shown.

Regenerate and Edit & resend add siblings; nothing is replaced. What a tab shows and what a
request carries is the *active path*: from the shown root, each message's shown child. A node
whose shown child is unknown (never chosen, or gone) shows its newest child, so a linear
history from before the tree needs no bookkeeping at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


class Linked(Protocol):
    """What the tree needs of a message: its id, parent and the child it shows."""

    id: int
    parent_id: int | None
    active_child: int | None


@dataclass(frozen=True, slots=True)
class Versions:
    """Where a message sits among its siblings: ``index`` of ``count`` (1-based for people)."""

    index: int
    count: int
    previous: int | None
    next: int | None


N = TypeVar("N", bound=Linked)


class Tree(Generic[N]):
    """Messages by id with their children in creation order, and the root that is shown."""

    def __init__(self, nodes: Iterable[N] = (), active_root: int | None = None) -> None:
        self.nodes: dict[int, N] = {}
        self.children: dict[int | None, list[int]] = {}
        self.active_root = active_root
        for node in nodes:
            self.add(node)

    def add(self, node: N) -> None:
        """Insert a node (its parent first); it becomes its parent's newest child."""
        self.nodes[node.id] = node
        self.children.setdefault(node.parent_id, []).append(node.id)

    def remove(self, node_id: int) -> None:
        """Drop a node and everything below it."""
        node = self.nodes.pop(node_id, None)
        if node is None:
            return
        siblings = self.children.get(node.parent_id, [])
        if node_id in siblings:
            siblings.remove(node_id)
        for child in list(self.children.pop(node_id, [])):
            self.remove(child)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self.nodes

    def __len__(self) -> int:
        return len(self.nodes)

    def shown_child(self, parent_id: int | None) -> int | None:
        kids = self.children.get(parent_id)
        if not kids:
            return None
        wanted = self.active_root if parent_id is None else self.nodes[parent_id].active_child
        return wanted if wanted in kids else kids[-1]

    def path(self) -> list[N]:
        """The shown messages, first to last."""
        out: list[N] = []
        current = self.shown_child(None)
        seen: set[int] = set()
        while current is not None and current not in seen:  # a cycle in a hostile file
            seen.add(current)
            out.append(self.nodes[current])
            current = self.shown_child(current)
        return out

    def path_ids(self) -> list[int]:
        return [node.id for node in self.path()]

    def ancestors(self, node_id: int) -> Iterator[N]:
        """The node's parent, grandparent, … up to its root."""
        seen: set[int] = set()
        parent = self.nodes[node_id].parent_id
        while parent is not None and parent in self.nodes and parent not in seen:
            seen.add(parent)
            yield self.nodes[parent]
            parent = self.nodes[parent].parent_id

    def path_to(self, node_id: int) -> list[N]:
        """Root to ``node_id`` inclusive (what a request for its answer carries)."""
        return [*reversed(list(self.ancestors(node_id))), self.nodes[node_id]]

    def versions(self, node_id: int) -> Versions:
        siblings = self.children.get(self.nodes[node_id].parent_id, [node_id])
        i = siblings.index(node_id)
        return Versions(i + 1, len(siblings), siblings[i - 1] if i > 0 else None,
                        siblings[i + 1] if i + 1 < len(siblings) else None)

    def select(self, node_id: int) -> list[tuple[int | None, int]]:
        """Show ``node_id``: every ancestor shows the branch leading to it.

        Returns the (parent, child) choices that changed, for the store to remember.
        """
        changed: list[tuple[int | None, int]] = []
        child = node_id
        for parent in [*self.ancestors(node_id), None]:
            parent_id = None if parent is None else parent.id
            if self.shown_child(parent_id) != child:
                changed.append((parent_id, child))
            if parent is None:
                self.active_root = child
            else:
                parent.active_child = child
            if parent is None:
                break
            child = parent.id
        return changed

    def leaf(self) -> N | None:
        path = self.path()
        return path[-1] if path else None


__all__ = ["Linked", "Tree", "Versions"]
