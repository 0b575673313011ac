"""Tests of the reports (issue 6): inventory, completeness, draw list, their CLI."""
