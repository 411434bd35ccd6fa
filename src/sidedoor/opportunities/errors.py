"""Typed errors of the opportunities repository."""

from __future__ import annotations

from sidedoor.errors import SidedoorError


class OpportunityNotFound(SidedoorError):
    """No opportunity with that id in the user's store."""

    hint = "Run `sidedoor inbox list --all` to see the ids."

    def __init__(self, opportunity_id: int) -> None:
        self.opportunity_id = opportunity_id
        super().__init__(f"No opportunity #{opportunity_id} in your store.")
