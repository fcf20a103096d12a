"""荣誉证书: the edition's certificate template (paper, fields with boxes, font sizes, alignment, background and seal
pictures kept in the database), printing certificates to PDF (空白纸 or 套打, with the printer's offset), the
calibration page, certificate numbers that stay with a college across reprints, and the issue register.

Before the result is confirmed every certificate PDF carries the 样稿 watermark and nothing is recorded. After it,
printing to a file issues the certificates: a college's first printing takes the next number of the edition
(``numbering``) and is recorded as an issue; each later printing keeps that number and is recorded as a reissue.
A preview never records anything.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocweek_desktop.domain import awards as rules
from vocweek_desktop.domain import messages as msg
from vocweek_desktop.domain.dates import format_date_long, format_datetime
from vocweek_desktop.domain.errors import ConflictError, ValidationError, VocWeekError
from vocweek_desktop.domain.scoring import points_text
from vocweek_desktop.services import audit, awards, edition_settings, numbering
from vocweek_desktop.services.rows import load_edition
from vocweek_desktop.store.engine import Database
from vocweek_desktop.store.models import (
    Certificate,
    CertificateField,
    CertificateIssue,
    CertificateTemplate,
    College,
    Edition,
)

NUMBER_KIND = "certificate"
PICTURES = {"background": "背景图片", "seal": "印章图片"}


@dataclass(frozen=True)
class FieldRecord:
    """A field of the template as plain values."""

    key: str
    label: str
    text: str
    x: float
    y: float
    width: float
    height: float
    size: float
    min_size: float
    align: str
    on_overlay: bool


@dataclass(frozen=True)
class TemplateRecord:
    """The certificate template of an edition (the default one until the office changes it)."""

    edition_id: int
    paper: str
    width: float
    height: float
    font: str
    issue_date: dt.date | None
    fields: tuple[FieldRecord, ...]
    background_name: str = ""
    seal_name: str = ""
    seal_box: tuple[float, float, float, float] = rules.DEFAULT_SEAL_BOX

    @property
    def has_background(self) -> bool:
        """Whether a background picture is kept."""
        return bool(self.background_name)

    @property
    def has_seal(self) -> bool:
        """Whether a seal picture is kept."""
        return bool(self.seal_name)


@dataclass(frozen=True)
class Recipient:
    """A certificate to print: the college, its rank and final, its number (provisional until issued)."""

    college_id: int
    college: str
    rank: int | None
    final: str
    number_text: str
    issued: bool  # the number is the college's own (already issued)


@dataclass(frozen=True)
class CertificateOutput:
    """What printing certificates did: the pages (one per recipient), the fields that did not fit, whether it was a
    draft (样稿), and which certificates were issued or reissued."""

    recipients: tuple[Recipient, ...]
    flags: tuple[str, ...]
    draft: bool
    issued: tuple[str, ...] = ()
    reissued: tuple[str, ...] = ()
    pdf: bytes | None = None  # for a preview in memory


@dataclass(frozen=True)
class RegisterRow:
    """A line of the 发证登记表."""

    number_text: str
    college: str
    award: str
    rank: int | None
    issued_at: dt.datetime
    issued_by: str
    reissues: int
    last_printed: dt.datetime | None
    current: bool  # still among the colleges awarded


# --- template ----------------------------------------------------------------------------------------------------

def _default_fields(paper: tuple[float, float]) -> list[FieldRecord]:
    return [FieldRecord(f.key, f.label, f.text, *rules.scaled_box(f.box, paper), f.size, f.min_size, f.align,
                        f.on_overlay) for f in rules.FIELD_DEFAULTS]


def _template_row(session: Session, edition_id: int) -> CertificateTemplate | None:
    return session.scalar(select(CertificateTemplate).where(CertificateTemplate.edition_id == edition_id))


def _record(session: Session, edition_id: int) -> TemplateRecord:
    row = _template_row(session, edition_id)
    if row is None:
        width, height = rules.PAPERS[rules.DEFAULT_PAPER]
        return TemplateRecord(edition_id, rules.DEFAULT_PAPER, width, height, "bundled", None,
                              tuple(_default_fields((width, height))))
    stored = {f.key: f for f in session.scalars(select(CertificateField).where(CertificateField.template_id == row.id)
                                                .order_by(CertificateField.display_order))}
    fields = []
    for default in _default_fields((row.paper_width, row.paper_height)):
        item = stored.get(default.key)
        fields.append(default if item is None else FieldRecord(
            item.key, default.label, item.text, item.x, item.y, item.width, item.height, item.size, item.min_size,
            item.align, item.on_overlay))
    return TemplateRecord(edition_id, row.paper, row.paper_width, row.paper_height, row.font, row.issue_date,
                          tuple(fields), row.background_name if row.background else "",
                          row.seal_name if row.seal else "", (row.seal_x, row.seal_y, row.seal_width, row.seal_height))


def get_template(db: Database, edition_id: int) -> TemplateRecord:
    """The edition's certificate template (the default on A4 landscape until changed)."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return _record(session, edition_id)


def _ensure_row(session: Session, edition_id: int) -> CertificateTemplate:
    row = _template_row(session, edition_id)
    if row is None:
        width, height = rules.PAPERS[rules.DEFAULT_PAPER]
        x, y, w, h = rules.DEFAULT_SEAL_BOX
        row = CertificateTemplate(edition_id=edition_id, paper=rules.DEFAULT_PAPER, paper_width=width,
                                  paper_height=height, font="bundled", background_name="", seal_name="",
                                  seal_x=x, seal_y=y, seal_width=w, seal_height=h)
        session.add(row)
        session.flush()
    return row


def _audited(record: TemplateRecord) -> dict[str, object]:
    values: dict[str, object] = {"paper": f"{record.paper} {record.width:g}×{record.height:g}", "font": record.font,
                                 "issue_date": record.issue_date, "seal_box": list(record.seal_box)}
    for f in record.fields:
        values[f.label] = (f"{f.text} @({f.x:g},{f.y:g},{f.width:g}×{f.height:g}) {f.size:g}/{f.min_size:g}pt "
                           f"{f.align}{'' if f.on_overlay else ' 不套打'}")
    return values


def update_template(db: Database, edition_id: int, values: Mapping[str, object], *,
                    rescale: bool = False) -> TemplateRecord:
    """Change the template: paper (a named one or 自定义 with width and height in mm), body font, issue date, seal box
    and fields (a list of dicts by key). Every box is checked against the paper (a field off the paper is refused,
    naming it). ``rescale``: a new paper size moves and sizes every box (and font) in proportion."""
    from vocweek_desktop.io.pdf.fonts import body_font
    from vocweek_desktop.io.pdf.geometry import paper_mm

    with db.transaction() as session:
        load_edition(session, edition_id)
        current = _record(session, edition_id)
        paper = str(values.get("paper", current.paper))
        if paper not in rules.PAPERS:
            raise ValidationError({"paper": msg.BAD_CHOICE.format(label="纸张", value=paper,
                                                                  choices="、".join(rules.PAPERS))})
        size = rules.PAPERS[paper] or (values.get("width", current.width), values.get("height", current.height))
        try:
            sheet = paper_mm(float(size[0]), float(size[1]))
        except (TypeError, ValueError):
            raise ValidationError({"paper": msg.PDF_PAPER_SIZE.format(width=size[0], height=size[1], low=20,
                                                                      high=5000)}) from None
        width, height = sheet.width, sheet.height
        font = str(values.get("font", current.font))
        body_font(font)  # refuses a font this machine cannot embed, naming the choices
        fields_in = {item["key"]: item for item in values.get("fields", ())}
        scale = (width / current.width, height / current.height) if rescale else (1.0, 1.0)
        cleaned = []
        for field in current.fields:
            given = {**field.__dict__, **fields_in.get(field.key, {})}
            if rescale and field.key not in fields_in:
                given.update(x=field.x * scale[0], y=field.y * scale[1], width=field.width * scale[0],
                             height=field.height * scale[1], size=field.size * min(scale),
                             min_size=max(field.min_size * min(scale), rules.FONT_SIZE_RANGE[0]))
            cleaned.append((field, rules.clean_field(field.label, given, (width, height))))
        seal = values.get("seal_box", current.seal_box)
        if rescale and "seal_box" not in values:
            seal = (seal[0] * scale[0], seal[1] * scale[1], seal[2] * min(scale), seal[3] * min(scale))
        seal_clean = rules.clean_field(msg.CERT_SEAL_LABEL, {"x": seal[0], "y": seal[1], "width": seal[2],
                                                              "height": seal[3], "size": 10, "min_size": 10},
                                       (width, height))
        issue_date = values.get("issue_date", current.issue_date)
        if issue_date is not None and not isinstance(issue_date, dt.date):
            raise ValidationError({"issue_date": msg.CERT_ISSUE_DATE_BAD.format(value=issue_date)})
        row = _ensure_row(session, edition_id)
        row.paper, row.paper_width, row.paper_height, row.font, row.issue_date = paper, width, height, font, issue_date
        row.seal_x, row.seal_y = seal_clean["x"], seal_clean["y"]
        row.seal_width, row.seal_height = seal_clean["width"], seal_clean["height"]
        stored = {f.key: f for f in session.scalars(select(CertificateField)
                                                    .where(CertificateField.template_id == row.id))}
        for order, (field, clean) in enumerate(cleaned):
            item = stored.get(field.key)
            if item is None:
                item = CertificateField(template_id=row.id, key=field.key)
                session.add(item)
            for key in ("text", "x", "y", "width", "height", "size", "min_size", "align", "on_overlay"):
                setattr(item, key, clean[key])
            item.display_order = order
        session.flush()
        new = _record(session, edition_id)
        audit.record_update(session, db.operator, entity="certificate_template", entity_id=row.id,
                            edition_id=edition_id, old=_audited(current), new=_audited(new),
                            summary=msg.CERT_TEMPLATE_SUMMARY)
        return new


def reset_template(db: Database, edition_id: int) -> TemplateRecord:
    """Back to the default template (pictures are kept)."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        current = _record(session, edition_id)
        row = _template_row(session, edition_id)
        if row is not None:
            for item in session.scalars(select(CertificateField).where(CertificateField.template_id == row.id)):
                session.delete(item)
            width, height = rules.PAPERS[rules.DEFAULT_PAPER]
            x, y, w, h = rules.DEFAULT_SEAL_BOX
            row.paper, row.paper_width, row.paper_height, row.font = rules.DEFAULT_PAPER, width, height, "bundled"
            row.seal_x, row.seal_y, row.seal_width, row.seal_height = x, y, w, h
            session.flush()
        new = _record(session, edition_id)
        audit.record_update(session, db.operator, entity="certificate_template", entity_id=row.id if row else None,
                            edition_id=edition_id, old=_audited(current), new=_audited(new),
                            summary=msg.CERT_TEMPLATE_SUMMARY)
        return new


def set_picture(db: Database, edition_id: int, which: str, source: str | Path | None) -> TemplateRecord:
    """Keep a picture file in the database as the template's background or seal (None removes it). A file that is
    not a picture, or of too many pixels, is refused with a message naming the picture and the field."""
    from vocweek_desktop.io.pdf.images import load_image

    if which not in PICTURES:
        raise ValueError(which)
    data, name = None, ""
    if source is not None:
        path = Path(source)
        try:
            load_image(path)
        except VocWeekError as error:
            raise ValidationError({which: f"{PICTURES[which]}：{error}"}) from None
        data, name = path.read_bytes(), path.name
    with db.transaction() as session:
        load_edition(session, edition_id)
        row = _ensure_row(session, edition_id)
        old = getattr(row, f"{which}_name") if getattr(row, which) else ""
        setattr(row, which, data)
        setattr(row, f"{which}_name", name)
        audit.record(session, db.operator, entity="certificate_template", entity_id=row.id, action="update",
                     edition_id=edition_id, before={PICTURES[which]: old}, after={PICTURES[which]: name},
                     summary=msg.CERT_TEMPLATE_SUMMARY)
        session.flush()
        return _record(session, edition_id)


# --- printing ----------------------------------------------------------------------------------------------------

def check_offset(x: float, y: float) -> tuple[float, float]:
    """An offset within what a printer can be off by (±MAX_OFFSET_MM); ValidationError naming the axis otherwise:
    a far larger one would print the fields off the paper."""
    limit = rules.MAX_OFFSET_MM
    for key, axis, value in (("offset_x", "X", x), ("offset_y", "Y", y)):
        if not isinstance(value, int | float) or isinstance(value, bool) or not -limit <= value <= limit:
            raise ValidationError({key: msg.CERT_OFFSET_RANGE.format(axis=axis, value=value, limit=f"{limit:g}")})
    return float(x), float(y)


def printer_offset(db: Database, edition_id: int, printer: str | None = None) -> tuple[str, float, float]:
    """(printer, x, y): the offset stored for ``printer`` (default: the current printer; 0, 0 when none)."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return _offset_in(session, edition_id, printer)


def _offset_in(session: Session, edition_id: int, printer: str | None) -> tuple[str, float, float]:
    name = printer if printer is not None else edition_settings.value_in(session, edition_id, rules.PRINTER)
    offsets = edition_settings.value_in(session, edition_id, rules.PRINTER_OFFSETS)
    x, y = offsets.get(name, (0.0, 0.0))
    return name, float(x), float(y)


def printers(db: Database, edition_id: int) -> dict[str, tuple[float, float]]:
    """Every printer an offset was stored for."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        return {k: (v[0], v[1]) for k, v in edition_settings.value_in(session, edition_id,
                                                                      rules.PRINTER_OFFSETS).items()}


def set_printer_offset(db: Database, edition_id: int, printer: str, x: float, y: float) -> tuple[str, float, float]:
    """Store the offset read off a calibration print for ``printer`` and make it the current printer."""
    x, y = check_offset(x, y)
    with db.transaction() as session:
        load_edition(session, edition_id)
        offsets = dict(edition_settings.value_in(session, edition_id, rules.PRINTER_OFFSETS))
        offsets[str(printer).strip()] = [x, y]
        edition_settings.store_in(session, db.operator, edition_id, rules.PRINTER_OFFSETS, offsets)
        edition_settings.store_in(session, db.operator, edition_id, rules.PRINTER, str(printer).strip())
        return _offset_in(session, edition_id, None)


def _layout(session: Session, edition_id: int):
    from vocweek_desktop.io.pdf.certificates import CertificateLayout, FieldLayout
    from vocweek_desktop.io.pdf.fonts import body_font
    from vocweek_desktop.io.pdf.geometry import Box, paper_mm
    from vocweek_desktop.io.pdf.images import load_image

    record = _record(session, edition_id)
    row = _template_row(session, edition_id)
    background = seal = None
    if row is not None and row.background:
        background = load_image(row.background, name=row.background_name)
    if row is not None and row.seal:
        seal = load_image(row.seal, name=row.seal_name)
    fields = tuple(FieldLayout(f.key, f.label, Box(f.x, f.y, f.width, f.height), f.size, f.min_size, f.align,
                               f.on_overlay) for f in record.fields)
    return record, CertificateLayout(paper_mm(record.width, record.height), fields, body_font(record.font), background,
                                     seal, Box(*record.seal_box))


def _recipients(session: Session, edition: Edition, view: awards.ResultView) -> list[Recipient]:
    """The colleges awarded (confirmed) or proposed, in rank order, with their numbers (provisional if new)."""
    pattern = edition_settings.value_in(session, edition.id, rules.NUMBER_PATTERN)
    issued = {c.college_id: c for c in session.scalars(select(Certificate).where(Certificate.edition_id == edition.id))}
    next_number = numbering.last_number(session, edition.id, NUMBER_KIND)
    found = []
    for college_id in view.awarded:
        row = view.result.row(college_id)
        certificate = issued.get(college_id)
        if certificate is not None:
            number = certificate.number_text
        else:
            next_number += 1
            number = rules.format_number(pattern, edition.year, next_number)
        found.append(Recipient(college_id, row.name, row.rank, points_text(row.final) if row.final is not None else "",
                               number, certificate is not None))
    return found


def _texts(template: TemplateRecord, edition: Edition, recipient: Recipient, when: dt.date) -> dict[str, str]:
    values = {"college": recipient.college, "award": edition.award_name, "year": edition.year,
              "theme": edition.theme, "school": edition.school_name, "date": format_date_long(when),
              "number": recipient.number_text, "rank": recipient.rank or ""}
    texts = {f.key: rules.fill(f.text, values) for f in template.fields}
    texts["college"] = recipient.college  # names the page in a flag
    return texts


def _issue_date(template: TemplateRecord, lock: awards.LockState) -> dt.date:
    if template.issue_date is not None:
        return template.issue_date
    if lock.confirmed_at is not None:
        return lock.confirmed_at.date()
    return dt.date.today()


def print_certificates(db: Database, edition_id: int, target: str | Path | None = None, *, mode: str = "blank",
                       offset: tuple[float, float] | None = None, college_ids: Sequence[int] | None = None,
                       preview: bool = False) -> CertificateOutput:
    """Certificates of the colleges awarded, one page each in rank order, to ``target`` (a PDF file) or, for a
    preview, into memory (``CertificateOutput.pdf``). ``offset`` (x, y mm) defaults to the current printer's.

    Before confirmation: 样稿 watermark, provisional numbers, nothing recorded. After it, printing to a file issues
    (first time: the next number) or reissues (same number) each certificate printed, recorded with who and when.
    """
    from vocweek_desktop.io.pdf.certificates import draw_certificates
    from vocweek_desktop.io.pdf.geometry import Offset

    if mode not in rules.MODES:
        raise ValidationError({"mode": msg.BAD_CHOICE.format(label="打印方式", value=mode,
                                                             choices="、".join(rules.MODES))})
    if target is None and not preview:
        raise ValueError("a target file is needed unless previewing")
    if offset is not None:
        offset = check_offset(*offset)
    with db.transaction() as session:
        edition = load_edition(session, edition_id)
        view = awards._compute(session, edition_id)
        template, layout = _layout(session, edition_id)
        recipients = _recipients(session, edition, view)
        if college_ids is not None:
            recipients = [r for r in recipients if r.college_id in set(college_ids)]
        if not recipients:
            raise ConflictError(msg.CERT_NOBODY)
        draft = not view.lock.locked
        if offset is None:
            _name, x, y = _offset_in(session, edition_id, None)
            offset = (x, y)
        record = not draft and not preview
        issued, reissued = [], []
        now = dt.datetime.now().replace(microsecond=0)
        if record:
            recipients = [_issue(session, db, edition, r, mode, Path(target).name, now, issued, reissued)
                          for r in recipients]
        when = _issue_date(template, view.lock)
        pages = [_texts(template, edition, r, when) for r in recipients]
        buffer = io.BytesIO() if target is None else None
        flags = draw_certificates(buffer if buffer is not None else target, layout, pages, mode=mode,
                                  offset=Offset(*offset), watermark=msg.CERT_DRAFT if draft else None,
                                  preview=preview, title=msg.CERT_PDF_TITLE.format(year=edition.year,
                                                                                   award=edition.award_name))
        notes = tuple(msg.CERT_TEXT_CUT.format(page=f.page, college=f.recipient, label=f.label) for f in flags)
        return CertificateOutput(tuple(recipients), notes, draft, tuple(issued), tuple(reissued),
                                 buffer.getvalue() if buffer is not None else None)


def _issue(session: Session, db: Database, edition: Edition, recipient: Recipient, mode: str, file_name: str,
           now: dt.datetime, issued: list[str], reissued: list[str]) -> Recipient:
    certificate = session.scalar(select(Certificate).where(Certificate.edition_id == edition.id,
                                                           Certificate.college_id == recipient.college_id))
    if certificate is None:
        number = numbering.next_number(session, edition.id, NUMBER_KIND)
        pattern = edition_settings.value_in(session, edition.id, rules.NUMBER_PATTERN)
        certificate = Certificate(edition_id=edition.id, college_id=recipient.college_id, number=number,
                                  number_text=rules.format_number(pattern, edition.year, number),
                                  award_name=edition.award_name, rank=recipient.rank, issued_at=now,
                                  issued_by=db.operator or "", reissues=0)
        session.add(certificate)
        session.flush()
        kind = "issue"
        issued.append(recipient.college)
    else:
        certificate.reissues += 1
        certificate.rank = recipient.rank  # a new confirmation may have moved the college: the register follows
        kind = "reissue"
        reissued.append(recipient.college)
    session.add(CertificateIssue(certificate_id=certificate.id, at=now, operator=db.operator or "", kind=kind,
                                 mode=mode, file_name=file_name[:500]))
    audit.record(session, db.operator, entity="certificate", entity_id=certificate.id, action=kind,
                 edition_id=edition.id, after={"number": certificate.number_text, "college": recipient.college,
                                               "mode": rules.MODES[mode], "file": file_name},
                 summary=msg.CERT_ISSUE_SUMMARY[kind].format(number=certificate.number_text,
                                                             college=recipient.college), at=now)
    return Recipient(recipient.college_id, recipient.college, recipient.rank, recipient.final,
                     certificate.number_text, True)


def print_calibration(db: Database, edition_id: int, target: str | Path, *,
                      offset: tuple[float, float] | None = None, printer: str | None = None) -> Path:
    """The calibration page for the edition's template (with ``offset``, default the printer's stored one)."""
    from vocweek_desktop.io.pdf.certificates import draw_calibration
    from vocweek_desktop.io.pdf.geometry import Offset

    if offset is not None:
        offset = check_offset(*offset)
    with db.transaction() as session:
        load_edition(session, edition_id)
        _record_, layout = _layout(session, edition_id)
        name, x, y = _offset_in(session, edition_id, printer)
        if offset is not None:
            x, y = offset
    draw_calibration(target, layout, offset=Offset(x, y), printer=name)
    return Path(target)


# --- register ----------------------------------------------------------------------------------------------------

def register(db: Database, edition_id: int) -> list[RegisterRow]:
    """Every certificate issued for the edition, by number."""
    with db.transaction() as session:
        load_edition(session, edition_id)
        lock = awards._lock_state(awards._result_row(session, edition_id))
        awarded = set(lock.awarded) if lock.locked else set()
        names = dict(session.execute(select(College.id, College.name).where(College.edition_id == edition_id)).all())
        rows = []
        for certificate in session.scalars(select(Certificate).where(Certificate.edition_id == edition_id)
                                           .order_by(Certificate.number)):
            last = session.scalar(select(CertificateIssue.at).where(CertificateIssue.certificate_id == certificate.id)
                                  .order_by(CertificateIssue.id.desc()).limit(1))
            rows.append(RegisterRow(certificate.number_text, names.get(certificate.college_id, ""),
                                    certificate.award_name, certificate.rank, certificate.issued_at,
                                    certificate.issued_by, certificate.reissues, last,
                                    certificate.college_id in awarded))
        return rows


def export_register(db: Database, edition_id: int, path: str | Path) -> Path:
    """发证登记表 to Excel: number, college, award, rank, first issued (when, by whom), reissues, last printed,
    and whether the college is still among those awarded."""
    from vocweek_desktop.io.excel_export import save_workbook, write_rows_sheet

    edition = get_year(db, edition_id)
    rows = register(db, edition_id)
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    body = ([index, r.number_text, r.college, r.award, r.rank, format_datetime(r.issued_at), r.issued_by,
             r.reissues, format_datetime(r.last_printed), msg.CERT_REGISTER_VALID if r.current else
             msg.CERT_REGISTER_VOID] for index, r in enumerate(rows, start=1))
    write_rows_sheet(workbook, msg.CERT_REGISTER_SHEET, msg.CERT_REGISTER_HEADER, body,
                     (6, 30, 26, 14, 6, 17, 10, 8, 17, 22),
                     caption=msg.CERT_REGISTER_TITLE.format(year=edition))
    return save_workbook(workbook, Path(path))


def get_year(db: Database, edition_id: int) -> int:
    """The edition's year."""
    with db.transaction() as session:
        return load_edition(session, edition_id).year
