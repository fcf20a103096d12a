"""VocWeek Desktop (职教周工作台): the activity-week workbench of a vocational college's academic affairs office."""

__version__ = "0.1.0"
APP_NAME = "VocWeek"
ORG_NAME = "VocWeek"
