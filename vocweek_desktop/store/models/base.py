"""The declarative base with a constraint naming convention (batch migrations need named constraints)."""

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every model; ``__label__`` names a table's rows in Chinese for messages, ``__unit__`` counts them
    (3 条活动, 2 个展位)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    __label__ = ""
    __unit__ = "条"
