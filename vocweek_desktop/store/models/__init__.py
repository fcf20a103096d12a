"""All models, imported here so that Alembic and ``Base.metadata`` see every table."""

from vocweek_desktop.store.models.activity import Activity, ActivityEnterprise, Enterprise, RegistrationSubmission
from vocweek_desktop.store.models.audit import AuditEvent
from vocweek_desktop.store.models.awards import (
    AwardCriterion,
    AwardJudge,
    AwardResult,
    AwardReview,
    AwardScore,
    Certificate,
    CertificateField,
    CertificateIssue,
    CertificateTemplate,
)
from vocweek_desktop.store.models.base import Base
from vocweek_desktop.store.models.edition import (
    College,
    Department,
    Edition,
    EditionContact,
    LeadershipMember,
)
from vocweek_desktop.store.models.layout import Booth, Layout, LayoutFeature
from vocweek_desktop.store.models.outing import OutingPaper, OutingParticipant, OutingRequest
from vocweek_desktop.store.models.publicity import CollegeParticipation, PublicityItem
from vocweek_desktop.store.models.settings import Counter, EditionSetting
from vocweek_desktop.store.models.submission import Submission, SubmissionExtension

__all__ = [
    "Activity", "ActivityEnterprise", "AuditEvent", "Base", "Booth", "College", "CollegeParticipation", "Counter",
    "Department", "Edition", "EditionContact", "EditionSetting", "Enterprise", "Layout", "LayoutFeature",
    "LeadershipMember", "OutingPaper", "OutingParticipant", "OutingRequest", "PublicityItem", "RegistrationSubmission", "Submission", "SubmissionExtension",
    "AwardCriterion", "AwardJudge", "AwardResult", "AwardReview", "AwardScore", "Certificate", "CertificateField",
    "CertificateIssue", "CertificateTemplate",
]
