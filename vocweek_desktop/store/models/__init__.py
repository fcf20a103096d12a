"""All models. What the window shows first (editions and colleges, activities, outings, submissions, settings,
the audit trail) is imported here; the booth layout, the awards and the publicity list are imported on first use
of one of their names (``from vocweek_desktop.store.models import Booth`` works as before), so that opening the
window does not declare and configure the twenty tables of tabs it has not shown yet. ``load_all()`` imports
every model, for whatever needs ``Base.metadata`` whole (Alembic, the schema tests)."""

from __future__ import annotations

import importlib

from vocweek_desktop.store.models.activity import Activity, ActivityEnterprise, Enterprise, RegistrationSubmission
from vocweek_desktop.store.models.audit import AuditEvent
from vocweek_desktop.store.models.base import Base
from vocweek_desktop.store.models.edition import (
    College,
    Department,
    Edition,
    EditionContact,
    LeadershipMember,
)
from vocweek_desktop.store.models.outing import OutingPaper, OutingParticipant, OutingRequest
from vocweek_desktop.store.models.settings import Counter, EditionSetting
from vocweek_desktop.store.models.submission import Submission, SubmissionExtension

#: Model name → the module (of this package) that declares it, imported when the name is first asked for.
_LATER = {
    **dict.fromkeys(("AwardCriterion", "AwardJudge", "AwardResult", "AwardReview", "AwardScore", "Certificate",
                     "CertificateField", "CertificateIssue", "CertificateTemplate"), "awards"),
    **dict.fromkeys(("Booth", "Layout", "LayoutFeature"), "layout"),
    **dict.fromkeys(("CollegeParticipation", "PublicityItem"), "publicity"),
}


def __getattr__(name: str):
    """A model of a module not imported yet (PEP 562): import it, then the name is an ordinary attribute."""
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def load_all() -> None:
    """Import every model, so that ``Base.metadata`` holds every table."""
    for module in sorted(set(_LATER.values())):
        importlib.import_module(f"{__name__}.{module}")


__all__ = [
    "Activity", "ActivityEnterprise", "AuditEvent", "Base", "Booth", "College", "CollegeParticipation", "Counter",
    "Department", "Edition", "EditionContact", "EditionSetting", "Enterprise", "Layout", "LayoutFeature",
    "LeadershipMember", "OutingPaper", "OutingParticipant", "OutingRequest", "PublicityItem", "RegistrationSubmission",
    "Submission", "SubmissionExtension", "AwardCriterion", "AwardJudge", "AwardResult", "AwardReview", "AwardScore",
    "Certificate", "CertificateField", "CertificateIssue", "CertificateTemplate", "load_all",
]
