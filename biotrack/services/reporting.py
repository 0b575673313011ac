"""Report use cases: who may make which report, checked here for every front (CLI, GUI).

The monthly inventory and the completeness report are the manager's (permission
``reports``); the draw list is everyone's, because nurses print it before a clinic. These
calls only read: one snapshot of the database per report, nothing written to it, so they
record no audit event. The slow ones take ``progress(done, total)`` for the GUI's progress
bar; it is called from the thread that runs the report. The PDF ones take ``translate``, the
reader's (context, text) look-up (biotrack.reports.pdf.Words; English by default): the PDF is
written in that language, sample types and tubes in the protocol's own translations. XLSX and
CSV keep their English columns whatever the language (other programs read them).
"""

from __future__ import annotations

from datetime import UTC, date
from pathlib import Path

from biotrack.db import reporting as reporting_repo
from biotrack.errors import QT_TRANSLATE_NOOP, NotFound, Translate, UserError
from biotrack.reports import Progress, completeness, draw_list, inventory, no_progress, pdf
from biotrack.reports.output import check_target
from biotrack.reports.period import Month
from biotrack.services import due
from biotrack.services.context import Session
from biotrack.services.permissions import require

# Kept apart (no pandas) so the Reports workspace needs none to show itself; re-exported here
# for every other caller.
from biotrack.services.report_files import COMPLETENESS_FORMATS as COMPLETENESS_FORMATS
from biotrack.services.report_files import INVENTORY_FORMATS as INVENTORY_FORMATS
from biotrack.services.report_files import SCALE as SCALE
from biotrack.services.report_files import ReportFile as ReportFile


def _stage(progress: Progress, low: int, high: int) -> Progress:
    """A progress callback for one stage, mapped onto [low, high] of SCALE."""
    def report(done: int, total: int) -> None:
        share = done / total if total else 1.0
        progress(low + int((high - low) * min(max(share, 0.0), 1.0)), SCALE)
    return report


def output_format(fmt: str | None, target: Path, allowed: tuple[str, ...]) -> str:
    """The format asked for, or the one the file name's suffix says."""
    chosen = (fmt or Path(target).suffix.lstrip(".")).strip().lower()
    if chosen not in allowed:
        if not fmt:
            raise UserError(QT_TRANSLATE_NOOP("Messages", "give --format ({choices}): the file "
                                              "name '{name}' does not say which"),
                            choices=" or ".join(allowed), name=Path(target).name[:60])
        raise UserError(QT_TRANSLATE_NOOP("Messages", "unknown format '{format}' (choose "
                                          "{choices})"),
                        format=fmt[:10], choices=", ".join(allowed))
    return chosen


def sample_labels(session: Session, translate: Translate = pdf.english) -> dict[str, str]:
    """Every sample type id -> its name in the language of ``translate`` (the protocol's)."""
    language = pdf.Words(translate).language
    protocol = session.protocol
    return {key: protocol.text(value.label, language)
            for key, value in protocol.sample_types.items()}


def _study(session: Session) -> str:
    protocol = session.protocol
    return f"{protocol.name} ({protocol.registration})" if protocol.registration not in (
        "", "-") else protocol.name


# -- monthly inventory --------------------------------------------------------------------------


def _month(session: Session, month: str, overdue_days: int) -> Month:
    require(session.user, "reports")
    period = Month.parse(month)
    if period.start > session.now().astimezone(UTC):
        raise UserError(QT_TRANSLATE_NOOP("Messages", "{month} has not begun: choose this month "
                                          "or an earlier one"), month=period.label)
    if isinstance(overdue_days, bool) or not 1 <= overdue_days <= 3650:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "the overdue limit must be 1 to 3650 days, "
                                          "not {days}"), days=overdue_days)
    return period


def inventory_tables(session: Session, month: str, *,
                     overdue_days: int = inventory.DEFAULT_OVERDUE_DAYS,
                     with_aliquots: bool = True,
                     progress: Progress = no_progress) -> inventory.InventoryReport:
    """The month's inventory as DataFrames (the GUI previews the summary from these)."""
    period = _month(session, month, overdue_days)
    return inventory.build(session.db, period, now=session.now().astimezone(UTC),
                           overdue_days=overdue_days, with_aliquots=with_aliquots,
                           progress=progress)


def inventory_report(session: Session, month: str, fmt: str | None, target: Path, *,
                     overdue_days: int = inventory.DEFAULT_OVERDUE_DAYS,
                     progress: Progress = no_progress,
                     translate: Translate = pdf.english) -> ReportFile:
    """Write the monthly inventory as PDF, XLSX (all sheets) or CSV (the Aliquots sheet)."""
    require(session.user, "reports")
    chosen = output_format(fmt, target, INVENTORY_FORMATS)
    check_target(target)
    if chosen == "csv":
        period = _month(session, month, overdue_days)
        aliquots = inventory.build_aliquots(session.db, period,
                                            progress=_stage(progress, 0, 700))
        inventory.write_inventory_csv(aliquots, target)
        progress(SCALE, SCALE)
        counts = aliquots["status"].value_counts()
        return ReportFile("inventory", chosen, Path(target), {
            "aliquots": len(aliquots), "in_storage": int(counts.get("in_storage", 0)),
            "checked_out": int(counts.get("checked_out", 0)),
        }, {"month": period.label})
    split = {"pdf": 500, "xlsx": 150}[chosen]
    report = inventory_tables(session, month, overdue_days=overdue_days,
                              with_aliquots=chosen == "xlsx",
                              progress=_stage(progress, 0, split))
    write = _stage(progress, split, SCALE)
    if chosen == "xlsx":
        inventory.write_inventory_xlsx(report, target, write)
    else:
        inventory.write_inventory_pdf(report, target, study=_study(session),
                                      sample_labels=sample_labels(session, translate),
                                      progress=write, translate=translate)
    return ReportFile("inventory", chosen, Path(target), report.totals(), {
        "month": report.month.label, "as_of": inventory.iso_z(report.as_of),
        "month_ended": report.month_ended, "overdue_days": overdue_days,
        "movement_counts": report.movement_counts(),
    })


# -- completeness and deviations ----------------------------------------------------------------


def completeness_tables(session: Session, *, site: str | None = None,
                        cohort: str | None = None,
                        progress: Progress = no_progress) -> completeness.CompletenessReport:
    """Completeness and deviations as of today (local date), as DataFrames."""
    require(session.user, "reports")
    protocol = session.protocol
    site_code = site.strip().upper() if site and site.strip() else None
    if site_code and site_code not in reporting_repo.site_codes(session.db):
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "unknown site '{site}'"),
                       site=site_code[:20])
    cohort_code = protocol.cohort(cohort.strip()).code if cohort and cohort.strip() else None
    expected = {set_id: sum(spec.count for spec in sample_set.aliquots)
                for set_id, sample_set in protocol.sample_sets.items()}
    limits = completeness.Limits(protocol.quality.max_minutes_to_centrifugation,
                                 protocol.quality.max_minutes_to_freezing)
    return completeness.build(session.db, as_of=session.today_local(), expected=expected,
                              limits=limits, now=session.now().astimezone(UTC),
                              site=site_code, cohort=cohort_code, progress=progress)


def completeness_report(session: Session, fmt: str | None, target: Path, *,
                        site: str | None = None, cohort: str | None = None,
                        progress: Progress = no_progress,
                        translate: Translate = pdf.english) -> ReportFile:
    """Write completeness and deviations as PDF or XLSX."""
    require(session.user, "reports")
    chosen = output_format(fmt, target, COMPLETENESS_FORMATS)
    check_target(target)
    report = completeness_tables(session, site=site, cohort=cohort,
                                 progress=_stage(progress, 0, 300))
    write = _stage(progress, 300, SCALE)
    if chosen == "xlsx":
        completeness.write_completeness_xlsx(report, target, write)
    else:
        completeness.write_completeness_pdf(report, target, study=_study(session),
                                            progress=write, translate=translate)
    return ReportFile("completeness", chosen, Path(target), report.totals(), {
        "as_of": report.as_of.isoformat(), "site": report.site, "cohort": report.cohort,
    })


# -- the nurse's draw list ----------------------------------------------------------------------


def draw_list_report(session: Session, start: date, end: date, target: Path, *,
                     site: str | None = None,
                     translate: Translate = pdf.english) -> ReportFile:
    """The printable draw list of the visits due from ``start`` to ``end`` (any role), in the
    language of ``translate`` (the tubes to draw in the protocol's translation)."""
    visits = due.due(session, start, end, site)
    check_target(target)
    site_code = site.strip().upper() if site and site.strip() else None
    language = pdf.Words(translate).language
    rows = [{**v.to_json(), "tubes": [session.protocol.text(t, language) for t in v.tubes]}
            for v in visits]
    draw_list.write_draw_list_pdf(rows, target, study=_study(session), start=start, end=end,
                                  site=site_code, generated_at=session.now().astimezone(UTC),
                                  translate=translate)
    return ReportFile("due", "pdf", Path(target), {
        "visits": len(visits), "overdue": sum(1 for v in visits if v.overdue),
    }, {"from": start.isoformat(), "to": end.isoformat(), "site": site_code})
