"""The item models over lists that grow with the biobank read no more rows than the view asks
for (issue 8): the participant list, a participant's tubes and the freezers tree.

Why: at a million aliquots, a model that reads everything blocks the window for seconds. Each
test gives a model more rows than one page, checks that only a page was read (rowCount and the
calls its source received), that ``fetchMore`` adds exactly one page, and that Qt's model
tester still passes with the fetching in between.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from biotrack.models import Collection
from biotrack.services import overview, storage
from biotrack.services.context import Session
from biotrack.services.overview import ParticipantOverview, ParticipantQuery
from biotrack.ui.models import AliquotLineModel, ParticipantModel
from biotrack.ui.widgets.storage_models import NODE_ROLE, PATH_ROLE, StorageTreeModel
from tests.unit.services.test_storage import BOX, register_v1


@pytest.fixture
def v1(session: Session) -> Collection:
    """Serum 1-6 at F1/S1/R1/B1/A1..A6, buffy coat at F1/S1/R4/B1/A1..A2."""
    return register_v1(session)


class RecordingPager:
    """The service's page function, remembering every (query, offset, limit) it was asked."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.calls: list[tuple[ParticipantQuery, int, int]] = []

    def __call__(self, query: ParticipantQuery, offset: int,
                 limit: int) -> list[ParticipantOverview]:
        self.calls.append((query, offset, limit))
        return overview.participant_page(self.session, query, offset, limit)


def _codes(model: ParticipantModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_participant_model_reads_one_page_then_one_more(enrolled: Session) -> None:
    pager = RecordingPager(enrolled)
    model = ParticipantModel(page_size=2)
    model.set_pager(pager)
    assert model.rowCount() == 2  # the database holds 3
    assert [(offset, limit) for _q, offset, limit in pager.calls] == [(0, 2)]
    assert model.canFetchMore(QModelIndex())

    model.fetchMore(QModelIndex())
    assert _codes(model) == ["IA-ARA-001", "IA-GAL-001", "IA-NAV-001"]
    assert [(offset, limit) for _q, offset, limit in pager.calls] == [(0, 2), (2, 2)]
    assert not model.canFetchMore(QModelIndex())  # the last page was short: nothing more
    model.fetchMore(QModelIndex())
    assert len(pager.calls) == 2


def test_the_participant_model_sorts_and_searches_through_the_service(
        qtmodeltester, enrolled: Session) -> None:
    pager = RecordingPager(enrolled)
    model = ParticipantModel(page_size=2)
    model.set_pager(pager)
    model.sort(5, Qt.SortOrder.AscendingOrder)  # next visit, over every participant
    assert pager.calls[-1][0].sort == "next_visit" and pager.calls[-1][1:] == (0, 2)
    assert _codes(model) == ["IA-ARA-001", "IA-NAV-001"]  # not the first page in code order
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert _codes(model) == ["IA-NAV-001", "IA-GAL-001"]
    model.set_search("pembrolizumab")  # a regimen's name, which only the protocol knows
    assert _codes(model) == ["IA-GAL-001"] and not model.canFetchMore(QModelIndex())
    assert pager.calls[-1][0].search == "pembrolizumab"
    model.set_search("")
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # the tester asked for more, and got one more page


def test_a_refresh_reads_as_many_rows_as_were_shown(enrolled: Session) -> None:
    pager = RecordingPager(enrolled)
    model = ParticipantModel(page_size=1)
    model.set_pager(pager)
    model.fetchMore(QModelIndex())
    model.set_pager(pager, at_least=model.rowCount())
    assert model.rowCount() == 2 and pager.calls[-1][1:] == (0, 2)
    assert model.fetch_to(2) and model.rowCount() == 3
    assert not model.fetch_to(3)


def test_statuses_match_by_their_shown_label() -> None:
    assert ParticipantModel.statuses_matching("lost to") == ("lost_to_follow_up",)
    assert ParticipantModel.statuses_matching("  ") == ()


def test_the_aliquot_model_hands_over_a_page_at_a_time(qtmodeltester, session: Session) -> None:
    register_v1(session)  # IA-NAV-001's V1: 8 tubes
    detail = overview.participant_detail(session, "IA-NAV-001")
    assert len(detail.aliquots) == 8
    model = AliquotLineModel(detail.aliquots, page_size=3)
    assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 6
    model.set_rows(detail.aliquots)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    assert model.rowCount() == 8 and not model.canFetchMore(QModelIndex())


def test_the_aliquot_model_reads_a_page_source_only_as_far_as_asked(session: Session) -> None:
    register_v1(session)
    lines = overview.participant_detail(session, "IA-NAV-001").aliquots
    asked: list[tuple[int, int]] = []

    def source(offset: int, limit: int):  # type: ignore[no-untyped-def]
        asked.append((offset, limit))
        return lines[offset:offset + limit]

    model = AliquotLineModel(page_size=5)
    model.set_source(source)
    assert model.rowCount() == 5 and asked == [(0, 5)]
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 8 and asked == [(0, 5), (5, 5)]
    assert not model.canFetchMore(QModelIndex())
    assert model.index(7, 2).data() == lines[7].aliquot.barcode


def test_the_freezers_tree_makes_rows_only_for_what_is_opened(qtmodeltester, session: Session,
                                                              v1: Collection) -> None:
    model = StorageTreeModel(storage.tree(session))
    freezer = model.index(0, 0)
    assert model.rowCount() == 1 and freezer.data(PATH_ROLE) == "F1"
    # The shelves are not rows yet, but the view can tell there is something to open.
    assert model.hasChildren(freezer) and model.rowCount(freezer) == 0
    assert model.canFetchMore(freezer)
    assert len(model._nodes) == 2  # the root and the freezer
    model.fetchMore(freezer)
    assert model.rowCount(freezer) == 5 and not model.canFetchMore(freezer)
    assert model.index(0, 1, freezer).data() == "8/1296"  # totals without opening the racks
    assert len(model._nodes) == 2 + 5

    # A path deep inside is found all the same: the nodes above it become rows first.
    box = model.index_of_path(BOX)
    assert box.isValid() and box.data(NODE_ROLE).occupied == 6
    assert model.index(box.row(), 1, box.parent()).data() == "6/81"
    assert box.parent().data(PATH_ROLE) == "F1/S1/R1"
    assert not model.index_of_path("F1/S1/R1/B99").isValid()
    assert not model.index_of_path("F1/S9/R1/B1").isValid()
    assert len(model.boxes()) == len(model.box_paths()) == 80  # all, not only the rows made
    qtmodeltester.check(model)


def test_the_freezers_tree_announces_rows_made_by_a_lookup(qtbot, session: Session,
                                                           v1: Collection) -> None:
    model = StorageTreeModel(storage.tree(session))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.index_of_path("F1/S2")
    parent, first, last = inserted.args
    assert parent.data(PATH_ROLE) == "F1" and (first, last) == (0, 4)
