"""Reusable pieces of the workspaces (panels, fields) that more than one view can embed."""
